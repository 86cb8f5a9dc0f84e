import type { Rng } from './rng.ts';

// A small gazetteer and the agency kinds found among the report publishers: governments at every
// level, their departments, towns, townships and street offices.

interface City {
  name: string;
  counties: readonly string[];
}
interface Province {
  name: string;
  /** Municipalities (北京市, 重庆市) have districts directly under them. */
  municipality?: boolean;
  cities: readonly City[];
}

const PROVINCES: readonly Province[] = [
  {
    name: '河南省',
    cities: [
      { name: '郑州市', counties: ['金水区', '中原区', '二七区', '新郑市', '中牟县', '登封市'] },
      { name: '南阳市', counties: ['宛城区', '卧龙区', '桐柏县', '西峡县', '邓州市', '方城县'] },
      { name: '焦作市', counties: ['解放区', '武陟县', '博爱县', '温县', '沁阳市'] },
      { name: '濮阳市', counties: ['华龙区', '濮阳县', '清丰县', '南乐县', '台前县'] },
      { name: '信阳市', counties: ['浉河区', '平桥区', '固始县', '光山县', '息县'] },
    ],
  },
  {
    name: '江苏省',
    cities: [
      { name: '淮安市', counties: ['洪泽区', '淮安区', '清江浦区', '涟水县', '盱眙县', '金湖县'] },
      { name: '苏州市', counties: ['吴江区', '吴中区', '姑苏区', '昆山市', '常熟市', '太仓市'] },
      { name: '南京市', counties: ['玄武区', '鼓楼区', '江宁区', '浦口区', '溧水区'] },
      { name: '徐州市', counties: ['云龙区', '铜山区', '丰县', '沛县', '睢宁县', '邳州市'] },
    ],
  },
  {
    name: '山东省',
    cities: [
      { name: '济南市', counties: ['历下区', '市中区', '章丘区', '长清区', '平阴县', '商河县'] },
      { name: '青岛市', counties: ['市南区', '黄岛区', '即墨区', '胶州市', '平度市', '莱西市'] },
      { name: '临沂市', counties: ['兰山区', '罗庄区', '兰陵县', '沂水县', '费县', '蒙阴县'] },
    ],
  },
  {
    name: '浙江省',
    cities: [
      { name: '杭州市', counties: ['西湖区', '余杭区', '萧山区', '桐庐县', '淳安县', '建德市'] },
      { name: '温州市', counties: ['鹿城区', '瓯海区', '瑞安市', '乐清市', '永嘉县', '苍南县'] },
      { name: '金华市', counties: ['婺城区', '金东区', '义乌市', '东阳市', '浦江县', '武义县'] },
    ],
  },
  {
    name: '广东省',
    cities: [
      { name: '广州市', counties: ['天河区', '越秀区', '番禺区', '花都区', '从化区', '增城区'] },
      { name: '佛山市', counties: ['禅城区', '南海区', '顺德区', '三水区', '高明区'] },
      { name: '梅州市', counties: ['梅江区', '梅县区', '大埔县', '丰顺县', '五华县', '兴宁市'] },
    ],
  },
  {
    name: '四川省',
    cities: [
      { name: '成都市', counties: ['武侯区', '锦江区', '双流区', '郫都区', '金堂县', '大邑县'] },
      { name: '绵阳市', counties: ['涪城区', '游仙区', '三台县', '盐亭县', '梓潼县', '江油市'] },
      { name: '南充市', counties: ['顺庆区', '高坪区', '南部县', '营山县', '仪陇县', '阆中市'] },
    ],
  },
  {
    name: '湖北省',
    cities: [
      { name: '武汉市', counties: ['江汉区', '洪山区', '武昌区', '江夏区', '黄陂区', '新洲区'] },
      { name: '宜昌市', counties: ['西陵区', '夷陵区', '秭归县', '远安县', '兴山县', '宜都市'] },
    ],
  },
  {
    name: '河北省',
    cities: [
      { name: '石家庄市', counties: ['长安区', '桥西区', '正定县', '栾城区', '赞皇县', '晋州市'] },
      { name: '保定市', counties: ['竞秀区', '莲池区', '涿州市', '定兴县', '安国市', '唐县'] },
    ],
  },
  {
    name: '安徽省',
    cities: [
      { name: '合肥市', counties: ['蜀山区', '包河区', '肥西县', '肥东县', '长丰县', '巢湖市'] },
      { name: '阜阳市', counties: ['颍州区', '颍泉区', '临泉县', '太和县', '阜南县', '界首市'] },
    ],
  },
  {
    name: '湖南省',
    cities: [
      { name: '长沙市', counties: ['岳麓区', '芙蓉区', '天心区', '长沙县', '宁乡市', '浏阳市'] },
      { name: '常德市', counties: ['武陵区', '鼎城区', '安乡县', '汉寿县', '澧县', '桃源县'] },
    ],
  },
  {
    name: '北京市',
    municipality: true,
    cities: [{ name: '北京市', counties: ['朝阳区', '海淀区', '丰台区', '门头沟区', '房山区', '延庆区'] }],
  },
  {
    name: '重庆市',
    municipality: true,
    cities: [{ name: '重庆市', counties: ['渝中区', '江北区', '万州区', '涪陵区', '綦江区', '巫山县'] }],
  },
];

const TOWN_PREFIXES = [
  '大',
  '小',
  '新',
  '东',
  '西',
  '南',
  '北',
  '马',
  '王',
  '李',
  '张',
  '刘',
  '黄',
  '青',
  '白',
  '石',
  '柳',
  '杨',
  '高',
  '龙',
  '桃',
  '双',
  '三',
  '河',
  '金',
  '丰',
  '长',
  '清',
];
const TOWN_STEMS = [
  '庄',
  '集',
  '店',
  '河',
  '桥',
  '湖',
  '山',
  '坪',
  '岗',
  '营',
  '寨',
  '口',
  '沟',
  '堡',
  '铺',
  '塘',
  '林',
  '源',
  '峪',
  '城',
  '港',
  '阳',
  '安',
  '通',
  '田',
];
const STREET_NAMES = ['城关', '东城', '西城', '南关', '北关', '人民路', '解放路', '新华', '文化路', '建设路', '中山', '胜利'];

const DEPARTMENTS = [
  '生态环境局',
  '教育局',
  '自然资源和规划局',
  '住房和城乡建设局',
  '市场监督管理局',
  '卫生健康委员会',
  '公安局',
  '人力资源和社会保障局',
  '交通运输局',
  '应急管理局',
  '财政局',
  '农业农村局',
  '发展和改革委员会',
  '民政局',
  '水利局',
  '文化广电和旅游局',
  '司法局',
  '退役军人事务局',
  '人民政府办公室',
];
/** Departments that receive many requests (land, housing, police). */
const BUSY_DEPARTMENTS = new Set(['自然资源和规划局', '住房和城乡建设局', '公安局', '人力资源和社会保障局', '市场监督管理局']);

/** How many requests and decisions a body handles: towns see almost none, city governments thousands. */
export type Scale = 'tiny' | 'small' | 'medium' | 'large';

export interface AgencyInfo {
  /** The body as named in the title. */
  name: string;
  /** How the body calls itself in the text: 我镇, 我局, 我区 ... */
  self: string;
  /** The name without the administrative prefix, for narrative sentences (大封镇, 洪泽区人民政府 ...). */
  shortName: string;
  scale: Scale;
  province: string;
  /** Site name for HTML chrome, e.g. 淮安市人民政府门户网站. */
  site: string;
}

function townName(rng: Rng, kind: '镇' | '乡' | '街道'): string {
  if (kind === '街道') return `${rng.pick(STREET_NAMES)}街道`;
  return `${rng.pick(TOWN_PREFIXES)}${rng.pick(TOWN_STEMS)}${rng.pick(['', '', rng.pick(TOWN_STEMS)])}${kind}`;
}

function findProvince(rng: Rng, wanted?: string): Province {
  if (wanted) {
    const known = PROVINCES.find((p) => p.name === wanted || p.name.startsWith(wanted));
    if (known) return known;
    // An unknown province keeps its name; its places come from a known one.
    return { ...rng.pick(PROVINCES.filter((p) => !p.municipality)), name: wanted };
  }
  return rng.pick(PROVINCES);
}

export function pickAgency(rng: Rng, wantedProvince?: string): AgencyInfo {
  const province = findProvince(rng, wantedProvince);
  const city = rng.pick(province.cities);
  const county = rng.pick(city.counties);
  const countyGov = `${county}人民政府`;
  const cityPrefix = province.municipality ? province.name : city.name;
  const site = (root: string) => `${root}人民政府门户网站`;
  const kind = rng.weighted([
    ['town', 5],
    ['township', 2],
    ['street', 2],
    ['countyGov', 3],
    ['cityGov', 1.5],
    ['provinceGov', 0.3],
    ['countyDept', 3],
    ['cityDept', 2],
  ] as const);
  switch (kind) {
    case 'town': {
      const town = townName(rng, '镇');
      const name = rng.weighted([
        [`${county}${town}人民政府`, 3],
        [`${town}人民政府`, 3],
        [`${cityPrefix}${county}${town}人民政府`, 1],
      ] as const);
      return { name, self: '我镇', shortName: town, scale: 'tiny', province: province.name, site: site(county) };
    }
    case 'township': {
      const town = townName(rng, '乡');
      const name = rng.weighted([
        [town, 2],
        [`${town}人民政府`, 3],
        [`${county}${town}人民政府`, 2],
      ] as const);
      return { name, self: '我乡', shortName: town, scale: 'tiny', province: province.name, site: site(county) };
    }
    case 'street': {
      const street = townName(rng, '街道');
      const name = rng.weighted([
        [`${street}办事处`, 2],
        [`${county}${street}办事处`, 3],
        [`${cityPrefix}${county}${street}办事处`, 1],
      ] as const);
      return { name, self: '我街道', shortName: street, scale: rng.chance(0.3) ? 'small' : 'tiny', province: province.name, site: site(county) };
    }
    case 'countyGov': {
      const name = rng.weighted([
        [countyGov, 3],
        [`${cityPrefix}${countyGov}`, 2],
        [`${province.name}${cityPrefix}${countyGov}`, province.municipality ? 0 : 1],
      ] as const);
      return {
        name,
        self: county.endsWith('区') ? '我区' : county.endsWith('县') ? '我县' : '我市',
        shortName: county,
        scale: 'medium',
        province: province.name,
        site: site(county),
      };
    }
    case 'cityGov': {
      const name = rng.weighted([
        [`${cityPrefix}人民政府`, 3],
        [`${province.name}${cityPrefix}人民政府`, province.municipality ? 0 : 1],
      ] as const);
      return { name, self: '我市', shortName: cityPrefix, scale: 'large', province: province.name, site: site(cityPrefix) };
    }
    case 'provinceGov':
      return {
        name: `${province.name}人民政府`,
        self: province.municipality ? '我市' : '我省',
        shortName: province.name,
        scale: 'large',
        province: province.name,
        site: site(province.name),
      };
    case 'countyDept': {
      const dept = rng.pick(DEPARTMENTS);
      const name = rng.weighted([
        [`${county}${dept}`, 3],
        [`${cityPrefix}${county}${dept}`, 1],
      ] as const);
      return {
        name,
        self: deptSelf(dept),
        shortName: `${county}${dept}`,
        scale: BUSY_DEPARTMENTS.has(dept) ? 'medium' : 'small',
        province: province.name,
        site: site(county),
      };
    }
    case 'cityDept': {
      const dept = rng.pick(DEPARTMENTS);
      return {
        name: `${cityPrefix}${dept}`,
        self: deptSelf(dept),
        shortName: `${cityPrefix}${dept}`,
        scale: BUSY_DEPARTMENTS.has(dept) ? 'large' : 'medium',
        province: province.name,
        site: site(cityPrefix),
      };
    }
  }
}

function deptSelf(dept: string): string {
  if (dept.endsWith('委员会')) return '我委';
  if (dept.endsWith('办公室')) return '我办';
  return '我局';
}

/** Describes a body named by the caller: scale and self-reference guessed from the name's ending. */
export function describeAgency(name: string, province: string | undefined, rng: Rng): AgencyInfo {
  const p = province ?? findProvince(rng).name;
  const ends = (s: string) => name.endsWith(s);
  const site = `${name.replace(/人民政府$|办事处$/, '')}人民政府门户网站`;
  const base = { name, shortName: name.replace(/人民政府$/, ''), province: p, site };
  if (ends('镇人民政府') || ends('镇')) return { ...base, self: '我镇', scale: 'tiny' };
  if (ends('乡人民政府') || ends('乡')) return { ...base, self: '我乡', scale: 'tiny' };
  if (ends('办事处') || ends('街道')) return { ...base, self: '我街道', scale: 'tiny' };
  if (/(区|县)人民政府$/.test(name)) return { ...base, self: name.includes('区人民政府') ? '我区' : '我县', scale: 'medium' };
  if (/(市|省)人民政府$/.test(name)) return { ...base, self: ends('省人民政府') ? '我省' : '我市', scale: 'large' };
  if (ends('委员会')) return { ...base, self: '我委', scale: 'small' };
  return { ...base, self: '我局', scale: 'small' };
}
