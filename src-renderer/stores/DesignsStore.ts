/**
 * The project's designs as the candidates and ways-to-pay steps edit them: add, duplicate, remove,
 * rename, change hosting and purchase, with what the user typed kept per field (even when invalid,
 * with its message) and only valid values reaching the project.
 */
import { makeAutoObservable, observable, reaction, toJS } from 'mobx';
import { hostingDefinition, startingAutoscaling } from '@shared/domain';
import type { Design, Hosting, HostingType, Purchase, PurchaseType } from '@shared/project/schema';
import type { ProjectStore } from './ProjectStore';
import { defaultHosting, defaultPurchase, newDesign, uniqueName } from './designDefaults';
import type { DesignNumberField } from './designFields';
import { numberText, parseField } from './numberInput';
import { problemsOf } from './schemaMember';
import { fieldWords, requirementWords } from '../format/problemWords';

let nextId = 1;

export class DesignsStore {
  /** Stable ids for React keys and drafts (designs have no id in the file format). */
  private readonly ids = new WeakMap<Design, number>();
  readonly drafts = observable.map<string, string>();
  readonly errors = observable.map<string, string>();
  /** The label of each field with an error (same keys as `errors`), for the invalid-fields banner. */
  readonly errorLabels = new Map<string, string>();
  selectedId: number | null = null;

  constructor(private readonly project: ProjectStore) {
    makeAutoObservable<DesignsStore, 'project' | 'ids'>(this, { project: false, ids: false });
    reaction(
      () => this.project.current,
      () => {
        this.drafts.clear();
        this.errors.clear();
        this.selectedId = null;
      },
    );
  }

  get designs(): Design[] {
    return this.project.current.designs;
  }

  idOf(design: Design): number {
    let id = this.ids.get(design);
    if (id === undefined) {
      id = nextId++;
      this.ids.set(design, id);
    }
    return id;
  }

  byId(id: number): Design | undefined {
    return this.designs.find((d) => this.idOf(d) === id);
  }

  /** The design open in the editor: the selected one, else the first. */
  get selected(): Design | undefined {
    return (this.selectedId !== null ? this.byId(this.selectedId) : undefined) ?? this.designs[0];
  }

  select(design: Design): void {
    this.selectedId = this.idOf(design);
  }

  private names(): string[] {
    return this.designs.map((d) => d.name);
  }

  /** Adds a design (a copy: the project owns its designs) under a unique name, and selects it. */
  addDesign(design: Design): Design {
    const copy: Design = { ...structuredClone(toJS(design)), name: uniqueName(design.name, this.names()) };
    this.project.edit((p) => p.designs.push(copy), { label: `Add “${copy.name}”` });
    const added = this.designs[this.designs.length - 1]!;
    this.select(added);
    return added;
  }

  addNew(type: HostingType): Design {
    return this.addDesign(newDesign(type, this.names()));
  }

  duplicate(design: Design): Design {
    const index = this.designs.indexOf(design);
    const copy: Design = { ...structuredClone(toJS(design)), name: uniqueName(`${design.name} (copy)`, this.names()) };
    this.project.edit((p) => p.designs.splice(index + 1, 0, copy), { label: `Duplicate “${design.name}”` });
    const added = this.designs[index + 1]!;
    this.select(added);
    return added;
  }

  /**
   * Removes a design (undo brings it back, so no question first). Returns the design that takes its
   * place in the list (the next one, else the previous), where focus goes; undefined when none is left.
   */
  remove(design: Design): Design | undefined {
    const index = this.designs.indexOf(design);
    if (index < 0) return undefined;
    this.project.edit((p) => p.designs.splice(index, 1), { label: `Remove “${design.name}”` });
    if (this.selectedId === this.idOf(design)) this.selectedId = null;
    return this.designs[index] ?? this.designs[index - 1];
  }

  /** Renames a design; an empty or too long name stays in the field with its message. */
  rename(design: Design, text: string): void {
    const key = this.key(design, 'name');
    this.drafts.set(key, text);
    const name = text.trim();
    const message =
      name === ''
        ? 'required: give the design a name'
        : name.length > 200
          ? 'at most 200 characters'
          : this.names().some((n, i) => n === name && this.designs[i] !== design)
            ? 'another design has this name'
            : null;
    this.errorLabels.set(key, 'Design name');
    if (message) return void this.errors.set(key, message);
    this.errors.delete(key);
    if (design.name !== name)
      this.project.edit(() => (design.name = name), { coalesce: key, label: `Rename “${design.name}”` });
  }

  nameText(design: Design): string {
    const key = this.key(design, 'name');
    return this.errors.has(key) ? this.drafts.get(key)! : (this.drafts.get(key) ?? design.name);
  }

  /** Switches the hosting type, keeping the instance type and region where they fit. */
  setHostingType(design: Design, type: HostingType): void {
    if (design.hosting.type === type) return;
    const hosting = defaultHosting(type, toJS(design.hosting));
    this.clearDrafts(design);
    this.project.edit(() => (design.hosting = hosting));
  }

  /** Changes hosting fields chosen from a list (instance type, memory, architecture, model, region, scaling mode). */
  patchHosting(design: Design, patch: Partial<Record<string, unknown>>): void {
    const candidate = { ...toJS(design.hosting), ...patch } as Record<string, unknown>;
    for (const [k, v] of Object.entries(patch)) if (v === undefined) delete candidate[k];
    const problems = problemsOf('hosting', candidate as Hosting);
    this.errorLabels.set(this.key(design, 'hosting'), 'Hosting');
    if (problems.length > 0)
      return void this.errors.set(
        this.key(design, 'hosting'),
        problems.map((p) => `${fieldWords(p.path)} ${requirementWords(p.message)}`).join('; '),
      );
    this.errors.delete(this.key(design, 'hosting'));
    this.project.edit(() => (design.hosting = candidate as Hosting));
  }

  /** Fixed instance count or autoscaling, for instance-based hosting. */
  setScaling(design: Design, mode: 'fixed' | 'autoscaling'): void {
    const instances = hostingDefinition(design.hosting.type).instances;
    if (!instances) return;
    // An instance-based hosting: a fixed count or an autoscaling block.
    const h = design.hosting as { instanceCount?: number; autoscaling?: { max: number } };
    this.clearDrafts(design);
    if (mode === 'fixed')
      this.patchHosting(design, { autoscaling: undefined, instanceCount: h.autoscaling?.max ?? h.instanceCount ?? 1 });
    else
      this.patchHosting(design, {
        instanceCount: undefined,
        autoscaling: startingAutoscaling(instances, h.instanceCount ?? 1),
      });
  }

  setPurchaseType(design: Design, type: PurchaseType, workload = this.project.current.workload): void {
    if (design.purchase.type === type) return;
    const purchase = defaultPurchase(type, toJS(workload));
    this.clearDrafts(design, 'purchase.');
    this.project.edit(() => (design.purchase = purchase));
  }

  /** Changes purchase fields chosen from a list (term, payment, offering class). */
  patchPurchase(design: Design, patch: Partial<Record<string, unknown>>): void {
    const candidate = { ...toJS(design.purchase), ...patch } as Purchase;
    if (problemsOf('purchase', candidate).length > 0) return;
    this.project.edit(() => (design.purchase = candidate));
  }

  /** The text a number field shows (see WorkloadFormStore.text). */
  numberText(design: Design, field: DesignNumberField): string {
    const key = this.key(design, `${field.part}.${field.id}`);
    const current = field.get(design[field.part] as unknown as Record<string, unknown>);
    const draft = this.drafts.get(key);
    if (draft === undefined) return numberText(current);
    if (this.errors.has(key)) return draft;
    const parsed = parseField(field, draft);
    return parsed.ok && parsed.value === current ? draft : numberText(current);
  }

  fieldError(design: Design, field: DesignNumberField | string): string | undefined {
    return this.errors.get(this.key(design, typeof field === 'string' ? field : `${field.part}.${field.id}`));
  }

  /** A typed number: checked by its rule and the schema; the project takes it only when valid. */
  setNumber(design: Design, field: DesignNumberField, text: string): void {
    const key = this.key(design, `${field.part}.${field.id}`);
    this.drafts.set(key, text);
    this.errorLabels.set(key, field.label);
    const parsed = parseField(field, text);
    if (!parsed.ok) return void this.errors.set(key, parsed.message);
    const candidate = toJS(design[field.part]) as unknown as Record<string, unknown>;
    field.set(candidate, parsed.value);
    const problems = problemsOf(field.part, candidate as unknown as Hosting | Purchase);
    const mine = problems.find((p) => p.path === field.id || p.path.startsWith(`${field.id}.`)) ?? problems[0];
    if (mine) return void this.errors.set(key, requirementWords(mine.message));
    this.errors.delete(key);
    if (field.get(design[field.part] as unknown as Record<string, unknown>) === parsed.value) return;
    this.project.edit(
      () => {
        if (field.part === 'hosting') design.hosting = candidate as unknown as Hosting;
        else design.purchase = candidate as unknown as Purchase;
      },
      { coalesce: key, label: `${field.label} of “${design.name}”` },
    );
  }

  /** The design a draft or error key belongs to, and the field part of the key ("hosting.instanceCount"). */
  parseKey(key: string): { design: Design; field: string } | undefined {
    const colon = key.indexOf(':');
    const design = this.byId(Number(key.slice(0, colon)));
    return design ? { design, field: key.slice(colon + 1) } : undefined;
  }

  /** The key of a design's field, as `data-field` on its input (for moving focus to it). */
  fieldKey(design: Design, field: DesignNumberField | string): string {
    return this.key(design, typeof field === 'string' ? field : `${field.part}.${field.id}`);
  }

  private key(design: Design, field: string): string {
    return `${this.idOf(design)}:${field}`;
  }

  /** Forgets every design's typed text (after undo or redo, the fields show the project's values). */
  clearAllDrafts(): void {
    this.drafts.clear();
    this.errors.clear();
  }

  private clearDrafts(design: Design, prefix = ''): void {
    const start = this.key(design, prefix);
    for (const k of [...this.drafts.keys()]) if (k.startsWith(start)) this.drafts.delete(k);
    for (const k of [...this.errors.keys()]) if (k.startsWith(start)) this.errors.delete(k);
  }
}
