import type { Rng } from './rng.ts';
import type { Facts } from './truth.ts';

// The narrative sections 一, 五 and 六: a few plausible sentences, varied per report. Figures quoted in
// the text (共收到申请21件) agree with the tables, as in real reports.

export type NarrativeBlock = { kind: 'subhead'; text: string } | { kind: 'para'; text: string };

interface Ctx {
  year: number;
  self: string;
  short: string;
  agency: string;
  superior: string;
  n: number;
  co: number;
  p: number;
  cf: number;
  k: number;
  reviews: number;
  lawsuits: number;
  docs: number;
}

function context(rng: Rng, facts: Facts): Ctx {
  const t = facts.truth;
  const a = t.applications;
  const r = t.review;
  const total = (x: { total?: number | null } | undefined) => x?.total ?? 0;
  const self = facts.agency.self;
  return {
    year: t.year,
    self,
    short: facts.agency.shortName,
    agency: t.agency,
    superior:
      self === '我镇' || self === '我乡' || self === '我街道'
        ? rng.pick(['县委、县政府', '区委、区政府', '镇党委'])
        : self === '我局' || self === '我委'
          ? rng.pick(['上级部门', '市委、市政府'])
          : rng.pick(['省委、省政府', '市委、市政府', '党中央、国务院']),
    n: total(a.newlyReceived),
    co: total(a.carriedOver),
    p: total(a.totalProcessed),
    cf: total(a.carriedForward),
    k: rng.int(12, facts.agency.scale === 'large' ? 9000 : 900),
    reviews: total(r.reconsideration),
    lawsuits: total(r.litigationDirect) + total(r.litigationAfterReconsideration),
    docs: t.active.normativeDocuments?.issued ?? t.active.normativeDocuments?.newlyMade ?? 0,
  };
}

type Sentence = (c: Ctx) => string | null;

const INTRO: Sentence[] = [
  (c) =>
    `${c.year}年，${c.short}在${c.superior}的正确领导下，深入贯彻《中华人民共和国政府信息公开条例》（以下简称《条例》），坚持以公开为常态、不公开为例外，不断完善公开制度，丰富公开内容，持续提升政府工作透明度。现将有关情况报告如下：`,
  (c) =>
    `${c.year}年，${c.self}坚持以习近平新时代中国特色社会主义思想为指导，认真落实关于全面推进政务公开工作的决策部署，严格执行《条例》各项规定，紧紧围绕中心工作和群众关切，扎实推进政府信息公开工作。`,
  (c) =>
    `${c.year}年，${c.short}严格按照《中华人民共和国政府信息公开条例》和上级关于政务公开工作的部署要求，聚焦重点领域信息公开，加强平台建设，强化监督保障，政府信息公开工作取得了新的成效。`,
  (c) => `${c.self}高度重视政务公开工作，将其列入${c.year}年度重点工作，主要负责同志亲自部署，分管负责同志具体抓，确保各项任务落到实处。`,
];

const ACTIVE: Sentence[] = [
  (c) => `${c.year}年，${c.self}通过政府门户网站、政务新媒体、公开栏等渠道主动公开政府信息${c.k}条。`,
  () => '坚持“以公开为常态、不公开为例外”原则，及时发布机构职能、财政预决算、重大项目、惠民政策等信息，做到应公开尽公开。',
  () => '围绕优化营商环境、乡村振兴、民生保障等重点领域，及时公开规划计划、财政资金、项目建设等方面信息。',
  (c) => (c.docs > 0 ? `全年制发行政规范性文件${c.docs}件，均按规定进行合法性审核并及时公开。` : null),
  () => '同步做好政策解读工作，采用图文解读、简明问答等形式，让群众看得懂、用得上。',
];

const ON_REQUEST: Sentence[] = [
  (c) =>
    c.n + c.co === 0
      ? `${c.year}年度，${c.self}共收到0件政府信息公开申请。`
      : `${c.year}年，${c.self}共收到政府信息公开申请${c.n}件，上年结转${c.co}件，办结${c.p}件，结转下年度继续办理${c.cf}件，均在法定期限内予以答复。`,
  () => '进一步规范依申请公开受理、审查、处理、答复等流程，畅通网上申请、信函申请、当面申请等渠道，依法保障申请人合法权益。',
  (c) =>
    c.reviews + c.lawsuits > 0 ? `全年发生政府信息公开行政复议${c.reviews}件、行政诉讼${c.lawsuits}件。` : '全年未发生因政府信息公开引起的行政复议和行政诉讼。',
  () => '加强与申请人的沟通，准确了解申请诉求，提升答复的规范性和针对性。',
];

const MANAGEMENT: Sentence[] = [
  () => '严格落实政府信息公开保密审查制度，坚持“先审查、后公开”和“一事一审”原则，确保公开信息安全准确。',
  () => '对照政务公开事项标准目录，动态调整主动公开目录，定期清理过期失效信息。',
  () => '规范政府信息发布流程，落实“三审三校”制度，从严把好政治关、法律关、保密关、文字关。',
];

const PLATFORM: Sentence[] = [
  () => '持续加强政府网站信息公开专栏建设，优化栏目设置，及时更新内容，提升网站的权威性和便捷性。',
  () => '加强政务新媒体规范管理，发挥政务公开专区作用，为群众提供政府信息查询、申请等服务。',
  (c) => `${c.year}年，对政府信息公开专栏开展自查${Math.max(2, c.k % 12)}次，及时整改空白栏目、不良链接等问题。`,
];

const OVERSIGHT: Sentence[] = [
  () => '成立由主要负责同志任组长的政务公开工作领导小组，明确分管领导和专职人员，将政务公开纳入年度绩效考核。',
  (c) => `组织开展政务公开业务培训${1 + (c.k % 4)}次，不断提升工作人员业务水平。`,
  (c) => `${c.year}年，未发生因政府信息公开工作引发的责任追究情况。`,
  () => '自觉接受社会监督，畅通意见建议反馈渠道，对群众反映的问题及时核实处理。',
];

const SUBHEADS: { titles: string[]; pool: Sentence[] }[] = [
  { titles: ['主动公开', '主动公开情况', '加强主动公开', '主动公开政府信息情况'], pool: ACTIVE },
  { titles: ['依申请公开', '依申请公开情况', '规范依申请公开'], pool: ON_REQUEST },
  { titles: ['政府信息管理', '政府信息管理情况'], pool: MANAGEMENT },
  { titles: ['平台建设', '政府信息公开平台建设', '政府信息公开平台建设情况'], pool: PLATFORM },
  { titles: ['监督保障', '政府信息公开监督保障情况', '强化监督保障'], pool: OVERSIGHT },
];

// Section 五 lists problems and plans as 一是…二是…, drawn from pools large enough that two unrelated
// reports rarely print the same list: the copied-report check must find only the copies planted on purpose.
const PROBLEM_ITEMS = [
  '公开内容的深度和广度还需拓展',
  '政策解读形式较为单一',
  '工作人员业务能力有待提升',
  '部分信息公开不够及时',
  '政务新媒体更新频率不高',
  '依申请公开答复规范性有待提高',
  '政务公开专职人员少、流动性大',
  '基层政务公开标准化规范化程度不高',
  '回应社会关切的主动性不够',
  '公开平台的互动交流功能发挥不充分',
  '重点领域信息公开的精细化程度不够',
  '信息发布审核流程执行不够严格',
  '政务公开考核评估机制尚不健全',
  '公众参与政策制定的渠道不够畅通',
  '历史信息清理和归档工作相对滞后',
  '政府数据开放的范围和质量有待提升',
];

const IMPROVEMENT_ITEMS = [
  '聚焦重点领域持续加大主动公开力度',
  '规范依申请公开办理流程，提高答复质量',
  '加强业务培训，提升队伍能力水平',
  '丰富政策解读形式，多用图表、视频解读',
  '加强政务新媒体内容建设，提高更新频率',
  '健全信息发布审核机制，确保信息准确',
  '完善政务公开考核评估办法，压实工作责任',
  '拓展公众参与渠道，做好政策发布后的回应工作',
  '推进基层政务公开标准化规范化建设',
  '定期清理过期失效信息，做好信息归档',
  '优化政府网站公开专栏，提升检索便捷度',
  '加强与申请人的沟通，化解信息公开争议',
  '推动政府数据有序开放，提升数据质量',
  '建立健全政务公开工作台账，实行清单化管理',
  '开展政府开放日活动，增进群众理解支持',
  '加强对下级单位的业务指导和督促检查',
];

const ORDINALS = ['一', '二', '三', '四'];

function enumerate(rng: Rng, items: readonly string[]): string {
  return rng
    .shuffle(items)
    .slice(0, rng.int(2, 4))
    .map((item, i) => `${ORDINALS[i]}是${item}`)
    .join('；');
}

const PROBLEMS: ((c: Ctx, list: string) => string)[] = [
  (c, list) => `${c.year}年，${c.self}政府信息公开工作取得了一定成效，但也存在一些不足：${list}。`,
  (_, list) => `对照上级要求和群众期盼，仍存在一些问题，主要表现在：${list}。`,
  (_, list) => `工作中还存在一些薄弱环节：${list}。`,
  (c, list) => `${c.short}政务公开工作与群众期待相比仍有差距：${list}。`,
];

const IMPROVEMENTS: ((c: Ctx, list: string) => string)[] = [
  (c, list) => `${c.year + 1}年，${c.self}将进一步加强政府信息公开工作：${list}。`,
  (_, list) => `下一步，我们将认真贯彻落实《条例》各项要求：${list}。`,
  (_, list) => `针对存在问题，将采取以下措施：${list}。`,
  (c, list) => `${c.year + 1}年，${c.short}将重点抓好以下工作：${list}。`,
];

const OTHER_MATTERS: Sentence[] = [
  (c) => `${c.year}年，${c.self}未收取政府信息公开信息处理费。`,
  (c) => `${c.year}年，${c.self}严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费0元。`,
  () => '无。',
  () => '无其他需要报告的事项。',
  (c) => `${c.self}按照上级要求完成了${c.year}年政务公开工作要点各项任务，无其他需要报告的事项。`,
];

function sentences(rng: Rng, c: Ctx, pool: readonly Sentence[], min: number, max: number): string {
  const chosen = rng.shuffle(pool).slice(0, rng.int(min, Math.min(max, pool.length)));
  return chosen
    .map((s) => s(c))
    .filter((s): s is string => s !== null)
    .join('');
}

export function overviewBlocks(rng: Rng, facts: Facts): NarrativeBlock[] {
  const c = context(rng, facts);
  // A government that reports for its whole area says so, as real ones do (本报告汇总全县…).
  const scope = facts.aggregateArea ? `本报告汇总${facts.aggregateArea}各乡镇（街道）和${facts.aggregateArea.slice(1)}直各部门的政府信息公开工作情况。` : '';
  const blocks: NarrativeBlock[] = [{ kind: 'para', text: scope + sentences(rng, c, INTRO, 1, 2) }];
  const inline = rng.chance(0.5);
  const numerals = ['一', '二', '三', '四', '五'];
  SUBHEADS.forEach((s, i) => {
    const head = `（${numerals[i]}）${rng.pick(s.titles)}`;
    const body = sentences(rng, c, s.pool, 1, 3);
    if (inline) blocks.push({ kind: 'para', text: `${head}。${body}` });
    else blocks.push({ kind: 'subhead', text: head }, { kind: 'para', text: body });
  });
  return blocks;
}

export function problemBlocks(rng: Rng, facts: Facts): NarrativeBlock[] {
  const c = context(rng, facts);
  return [
    { kind: 'para', text: rng.pick(PROBLEMS)(c, enumerate(rng, PROBLEM_ITEMS)) },
    { kind: 'para', text: rng.pick(IMPROVEMENTS)(c, enumerate(rng, IMPROVEMENT_ITEMS)) },
  ];
}

export function otherMatterBlocks(rng: Rng, facts: Facts): NarrativeBlock[] {
  return [{ kind: 'para', text: sentences(rng, context(rng, facts), OTHER_MATTERS, 1, 1) }];
}

/** The note some bodies print before section 一 (who compiled the report, the period, a contact). */
export function preamble(rng: Rng, facts: Facts): string | null {
  if (!rng.chance(0.35)) return null;
  const y = facts.truth.year;
  const office = facts.agency.name.endsWith('人民政府') ? `${facts.agency.name}办公室` : facts.agency.name;
  const phone = `0${rng.int(310, 939)}-${rng.int(2000000, 8999999)}`;
  return `本报告由${office}根据《中华人民共和国政府信息公开条例》（国令第711号）要求编制。报告中所列数据统计期限自${y}年1月1日起至${y}年12月31日止。如对本报告有疑问，请与${office}联系（电话：${phone}）。`;
}
