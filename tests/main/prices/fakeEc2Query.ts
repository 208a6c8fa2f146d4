/**
 * The EC2 part of the fake AWS server: the EC2 Query protocol as the real SDK client speaks it
 * (`POST /` with a form-encoded body: `Action=DescribeSpotPriceHistory&Version=2016-11-15&
 * ProductDescription.1=Linux%2FUNIX&StartTime=…&MaxResults=…&NextToken=…`), answered in XML with the
 * region taken from the request's signature, pages through `nextToken`, and errors in EC2's
 * `<Response><Errors><Error>` form.
 */
import type { ServerResponse } from 'node:http';

/** One spot price record the fake serves. */
export interface FakeSpotRecord {
  region: string;
  zone: string;
  type: string;
  product: string;
  price: string;
  timestamp: string;
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The region a SigV4-signed request was signed for ("Credential=AKID/20261127/eu-west-1/ec2/aws4_request"). */
export function signedRegion(authorization: string | undefined): string {
  return /Credential=[^/]+\/\d{8}\/([^/]+)\/ec2\//.exec(authorization ?? '')?.[1] ?? '';
}

/** Sends an EC2 error as the real service does. */
export function sendEc2Error(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'text/xml;charset=UTF-8' });
  res.end(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message></Error></Errors><RequestID>fake-request</RequestID></Response>`,
  );
}

/** The request's form parameters, and the values of a numbered list parameter ("ProductDescription.1", …). */
export function ec2Params(body: string): { params: URLSearchParams; list(name: string): string[] } {
  const params = new URLSearchParams(body);
  return {
    params,
    list: (name) =>
      [...params.entries()]
        .filter(([k]) => k.startsWith(`${name}.`))
        .sort(([a], [b]) => Number(a.split('.')[1]) - Number(b.split('.')[1]))
        .map(([, v]) => v),
  };
}

/** Answers one DescribeSpotPriceHistory request from `records`, `pageSize` records a page at most. */
export function answerSpotPriceHistory(
  res: ServerResponse,
  body: string,
  region: string,
  records: ReadonlyArray<FakeSpotRecord>,
  pageSize?: number,
): void {
  const { params, list } = ec2Params(body);
  if (params.get('Action') !== 'DescribeSpotPriceHistory' || params.get('Version') !== '2016-11-15')
    return sendEc2Error(res, 400, 'InvalidAction', `The action ${params.get('Action')} is not valid for this version`);
  const products = list('ProductDescription');
  const end = params.get('EndTime') ? Date.parse(params.get('EndTime')!) : Infinity;
  const matching = records.filter(
    (r) =>
      r.region === region && (products.length === 0 || products.includes(r.product)) && Date.parse(r.timestamp) <= end,
  );
  const size = Math.min(Number(params.get('MaxResults') ?? 1000), pageSize ?? Infinity);
  const token = params.get('NextToken');
  const start = token ? Number(/^spot:(\d+)$/.exec(token)?.[1] ?? NaN) : 0;
  if (!Number.isInteger(start)) return sendEc2Error(res, 400, 'InvalidNextToken', 'The specified token is not valid');
  const items = matching.slice(start, start + size);
  const next = start + size < matching.length ? `spot:${start + size}` : '';
  const xml = items
    .map(
      (r) =>
        `<item><instanceType>${escapeXml(r.type)}</instanceType><productDescription>${escapeXml(r.product)}</productDescription><spotPrice>${escapeXml(r.price)}</spotPrice><timestamp>${r.timestamp}</timestamp><availabilityZone>${escapeXml(r.zone)}</availabilityZone></item>`,
    )
    .join('');
  res.writeHead(200, { 'content-type': 'text/xml;charset=UTF-8' });
  res.end(
    `<?xml version="1.0" encoding="UTF-8"?>\n<DescribeSpotPriceHistoryResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>fake-request</requestId><spotPriceHistorySet>${xml}</spotPriceHistorySet><nextToken>${next}</nextToken></DescribeSpotPriceHistoryResponse>`,
  );
}
