import { shortRegionCode } from './filters';

// The region picker as one select: every province, and under the chosen division its ancestors'
// children, indented. It works without JavaScript and shows the tree around the current choice only.

export interface RegionNode {
  code: string;
  name: string;
  reportCount: number;
}

export interface SelectedRegion extends RegionNode {
  level: 'PROVINCE' | 'CITY' | 'COUNTY';
  children: RegionNode[];
  parent: (Omit<SelectedRegion, 'reportCount' | 'parent'> & { parent: Omit<SelectedRegion, 'reportCount' | 'parent'> | null }) | null;
}

export interface RegionOption {
  /** Short code for the URL: 41, 4108, 410823. */
  value: string;
  label: string;
  depth: number;
  reportCount: number;
}

interface Branch {
  node: Pick<RegionNode, 'code'>;
  children: RegionNode[];
}

/** The chain province → city (→ county) leading to the selection, each with the children to list. */
function branches(selected: SelectedRegion): Branch[] {
  const self: Branch = { node: selected, children: selected.children };
  if (selected.level === 'PROVINCE') return [self];
  const parent = selected.parent;
  if (!parent) return [self];
  const parentBranch: Branch = { node: parent, children: parent.children };
  if (selected.level === 'CITY') return [parentBranch, self];
  const grand = parent.parent;
  // A county: list its siblings under its city, not its own (empty) children.
  return grand ? [{ node: grand, children: grand.children }, parentBranch] : [parentBranch];
}

export function regionOptions(provinces: readonly RegionNode[], selected: SelectedRegion | null | undefined): RegionOption[] {
  const chain = selected ? branches(selected) : [];
  const chosen = new Set([selected?.code, ...chain.map((b) => b.node.code)].filter(Boolean));
  const out: RegionOption[] = [];
  const visit = (nodes: readonly RegionNode[], depth: number) => {
    for (const n of nodes) {
      if (n.reportCount <= 0 && !chosen.has(n.code)) continue;
      out.push({ value: shortRegionCode(n.code), label: `${'\u3000'.repeat(depth)}${n.name}`, depth, reportCount: n.reportCount });
      const branch = chain[depth];
      if (branch && branch.node.code === n.code) visit(branch.children, depth + 1);
    }
  };
  visit(provinces, 0);
  return out;
}
