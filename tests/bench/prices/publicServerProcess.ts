/**
 * The fake public price list server in its own process, for the price benchmark: the benchmark's
 * memory figures are then the refreshing process's alone. `node --import tsx publicServerProcess.ts
 * <ec2OfferBytes>` serves us-east-1 with a generated EC2 offer file of about that size, prints one
 * JSON line `{ url, ec2Bytes }`, and exits when its stdin closes.
 */
import { startFakePublicServer } from '../../main/prices/fakePublicServer';
import { generatedEc2Offer, offerFilePath, publicPriceFiles } from '../../main/prices/publicFiles';

async function main(): Promise<void> {
  const bytes = Number(process.argv[2] ?? 250e6);
  const files = publicPriceFiles(['us-east-1']);
  const big = generatedEc2Offer('us-east-1', bytes);
  files.set(offerFilePath('AmazonEC2', 'us-east-1'), big);
  const server = await startFakePublicServer(files);
  process.stdout.write(`${JSON.stringify({ url: server.url, ec2Bytes: big.size, products: big.products })}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => void server.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
