/**
 * 时效指标 strings (deadlines, dates, periods, "按时完成"-style words) exactly as public documents
 * print them (third collection), batch by batch with the document they come from, and the reading
 * jixiao should produce.
 *
 * Notation as in real-strings.ts and real-strings-2.ts:
 * - `T date <= YYYY-MM-DD` a deadline target (the last day allowed; `Y` when no year is written,
 *   a month alone means the end of that month, 当年/年内/年底前/全年 mean Y-12-31, a period means
 *   the end of its last month or day);
 * - `A date YYYY-MM-DD` / `A date YYYY-MM` a date actual (`Y` when no year is written);
 * - a bare year written as an actual ("2021年") stays a quantity (`A 2021 年`);
 * - `T qual` for deadline wording that carries no date, `A tier:<tier>` for 按时完成-style words,
 *   `fail` for a string no reading should accept.
 * Entries followed by a `// ?` comment carry a best-guess reading.
 *
 * Strings are copied as the stored copy of each page shows them; punctuation may already have
 * been converted to half-width there. Some come from the prose of a 绩效自评报告 (the 时效指标
 * paragraph or the 资金到位 paragraph) rather than from a table cell; those are noted.
 */
import type { Batch } from './real-strings.js';

export const BATCHES_3: readonly Batch[] = [
  {
    source:
      '重庆忠县涂井乡 2021年度项目绩效自评表（中央、市级专项转移支付绩效目标自评表，道路交通设施完成时间）',
    url: 'http://www.zhongxian.gov.cn/jd/zxtjx/zwgk_34997/fdzdgknr_35002/ysjs/jsgk/202304/t20230412_11869955.html',
    strings: [
      ['2021年', 'target', 'T date <= 2021-12-31'],
      ['2021年', 'actual', 'A 2021 年'], // ? a bare year as an actual stays a quantity, though the column is a completion time
    ],
  },
  {
    source: '四川遂宁大英县 双心及文明城市创建专项资金项目自评报告（绩效目标表，时效指标）',
    url: 'https://dyxrmt.cn/article-147197-19.html',
    strings: [
      ['1-12月', 'target', 'T date <= Y-12-31'], // ? a month-only period: the end of its last month
      ['已完成100%', 'actual', 'A 100 %'], // ? written in the 实施进度 column; 已完成 is a decoration
    ],
  },
  {
    source:
      '天津市财政局 新冠病毒疫苗生产企业优惠贷款贴息 项目支出绩效目标表（2023年度，实效指标：及时拨付资金）',
    url: 'https://ncp.pkulaw.com/epidemiclar/ba3e79439a2fb7291d6c60b35f1d1d08bdfb.html',
    strings: [
      ['2023年底前。', 'target', 'T date <= 2023-12-31'], // ? trailing full stop in the cell
    ],
  },
  {
    source: '安徽六安金寨县茶谷和美丽乡村建设服务中心 部门整体支出绩效自评表（2023年度）',
    url: 'https://www.ahjinzhai.gov.cn/public/6624963/37545031.html',
    strings: [
      ['9月前', 'target', 'T date <= Y-09-30'],
      ['7月', 'actual', 'A 7 月'], // a month as a quantity: against a deadline it is the month done
      ['11月前', 'target', 'T date <= Y-11-30'],
      ['10月', 'actual', 'A 10 月'], // as above
    ],
  },
  {
    source:
      '云南临沧临翔区林业和草原局 2023年马鹿坑国有林场新建野生动物收容所建设项目支出绩效自评表（项目完工时限）',
    url: 'https://www.ynlx.gov.cn/info/2431/148733.htm',
    strings: [
      ['2023年12月', 'target', 'T date <= 2023-12-31'],
      ['2023年10月', 'actual', 'A date 2023-10'],
    ],
  },
  {
    source:
      '海南文昌市林业局 2017年退耕还林苗圃建设市级配套项目绩效评价报告（项目绩效目标表，效率指标）',
    url: 'https://m.wenku365.com/p-18528595.html',
    strings: [['2017年12月31日前完成', 'target', 'T date <= 2017-12-31']],
  },
  {
    source: '安徽宣城旌德县 2021年农村饮水工程维修养护水利发展资金绩效自评报告',
    url: 'https://www.ahjd.gov.cn/About/show/1321427.html',
    strings: [
      ['2021年2月12日', 'actual', 'A date 2021-02-12'], // start of works, from the report prose
      ['2021年6月底', 'actual', 'A date 2021-06'], // ? "月底" on an actual: the month, not a day
      ['2021年7月', 'actual', 'A date 2021-07'],
    ],
  },
  {
    source: '湖南 2022年文化和旅游专项资金绩效自评报告（查策网转载）',
    url: 'https://www.chacewang.com/newsdetail/news275746.html',
    strings: [
      ['2022年6月--2023年6月', 'target', 'T date <= 2023-06-30'], // ? 实施期限 given in the prose; a period ends with its last month
      ['202年1月11日', 'actual', 'fail'], // ? 资金到位日期 with a year typo (202年); no date should be guessed
    ],
  },
  {
    source: '老年人日间照料中心项目绩效自评报告（转载）',
    url: 'https://dy1993.cn/pGIK.html',
    strings: [
      ['2020年9月底完成', 'target', 'T date <= 2020-09-30'], // ? deadline stated in the report prose
    ],
  },
  {
    source: '江苏苏州相城区 粮食储备库二期项目 专项债券项目绩效自评价报告（繁体转换的转载页）',
    url: 'http://www.twszbpf.com/xxgk1/tzgg/2025-06-26/3504.html',
    strings: [
      ['2024年竣工驗收', 'target', 'T qual'], // traditional 驗收 is not read as a completion word: the copy was converted to traditional script
    ],
  },
  {
    source: '湖北黄石市住房和城乡建设局 2022年度系统化全域海绵城市示范城市申报工作经费项目自评表',
    url: 'http://zjj.huangshi.gov.cn/xxgk_7967/fdzdgknr/czzj/czzxzj/202307/t20230721_1034104.html',
    strings: [
      ['6月份完成宣传片制作;9月份完成文本;11月完成专家评审', 'target', 'T qual'], // ? three milestones in one cell; the last would be Y-11-30
    ],
  },
  {
    source: '浙江临海市 绿化养护经费 项目绩效目标（2024年）',
    url: 'https://www.linhai.gov.cn/art/2024/6/7/art_1229304929_3933549.html',
    strings: [
      ['全年', 'target', 'T date <= Y-12-31'], // ? year-round upkeep; could be read as a frequency (T qual)
    ],
  },
  {
    source: '重庆奉节县云雾土家族乡 2023年加工园配套设施建设项目支出绩效目标审批表（建设周期）',
    url: 'http://cqfj.gov.cn/index/xz_168/ywtjzx/zwxx_61303/gsgg_107031/202402/t20240201_12892054.html',
    strings: [
      ['2023年4月-2024年2月', 'target', 'T date <= 2024-02-29'], // ? 建设周期 field rather than a 时效指标 row; 2024 is a leap year
    ],
  },
  {
    source: '湖北武汉青山区教育局 项目支出绩效目标表（2020年度，项目起止时间）',
    url: 'http://www.qingshan.gov.cn/qzfbm/zfgzbm/jyj/czxx/zjxx/202001/t20200120_1016313.shtml',
    strings: [
      ['202001-202012', 'target', 'T date <= 2020-12-31'], // ? compact YYYYMM period
    ],
  },
  {
    source: '福建泉州惠安县 关于下达2024年中央财政衔接推进老区乡村振兴补助资金的通知（绩效目标）',
    url: 'http://huian.gov.cn/zwgk/xwzx/gggs/tzgg/202401/t20240111_2993056.htm',
    strings: [
      ['在11月前完成建设', 'target', 'T date <= Y-11-30'], // ? suffix 完成建设 (the 建设 after 完成)
    ],
  },
  {
    source: '云南保山市交通运输局 大保高速老营至板桥段改线工程前期工作经费 2020年项目绩效自评报告',
    url: 'https://baoshan.gov.cn/info/7819/3701104.htm',
    strings: [
      ['2020年7月20日', 'actual', 'A date 2020-07-20'], // funds issued, from the 资金到位 paragraph
      ['已于2020年7月编制完成', 'actual', 'A date 2020-07'], // ? suffix 编制完成
    ],
  },
  {
    source: '云南保山市交通运输局 保山站房规模扩大工程建设经费 2021年项目绩效自评报告',
    url: 'https://baoshan.gov.cn/info/7819/3701264.htm',
    strings: [
      ['2021年9月1日', 'actual', 'A date 2021-09-01'], // payment dates, from the 资金执行 paragraph
      ['9月7日', 'actual', 'A date Y-09-07'],
    ],
  },
  {
    source:
      '云南保山市交通运输局 智慧交通信息化服务平台一期建设项目 2020年项目绩效自评报告（转载页）',
    url: 'https://alkalih2o.com/info/7819/3701084.htm',
    strings: [
      ['2020年1月13日', 'actual', 'A date 2020-01-13'], // funds issued, from the 资金到位 paragraph
    ],
  },
  {
    source: '云南保山市人民政府办公室 2021年度项目绩效自评报告（驻京干部房租补助经费）',
    url: 'https://baoshan.gov.cn/info/6643/4251594.htm',
    strings: [
      ['于2021年12月到账', 'actual', 'A date 2021-12'], // ? suffix 到账 (funds arrived) after the date
    ],
  },
  {
    source:
      '云南保山市 2020年度项目绩效自评报告（移民后期扶持 / 行政审批中介服务费，项目起止时间）',
    url: 'https://baoshan.gov.cn/info/7046/4280904.htm',
    strings: [
      ['2020年1月1日至2020年12月31日', 'target', 'T date <= 2020-12-31'], // ? 项目起止时间 in the prose: a period ends on its last day
    ],
  },
  {
    source: '云南楚雄牟定县 2020年第一批公路安全生命防护工程绩效自评报告（3.时效指标）',
    url: 'http://mdx.gov.cn/info/1262/17963.htm',
    strings: [
      ['2020年5月20日', 'actual', 'A date 2020-05-20'], // start of works
      ['2020年6月20日', 'actual', 'A date 2020-06-20'], // completion
      ['2020年9月29日', 'actual', 'A date 2020-09-29'], // acceptance
    ],
  },
  {
    source: '广东省民族宗教事务委员会 2020年省级少数民族发展资金绩效自评报告',
    url: 'http://mzzjw.gd.gov.cn/mzzjw/dtyw/zwgk/gsgg/content/post_3585676.html',
    strings: [
      ['2019年11月30日', 'actual', 'A date 2019-11-30'], // funds issued in advance, from the prose
    ],
  },
  {
    source: '湖南长沙宁乡市坝塘镇人民政府 镇域内基础设施建设 项目绩效目标表（2021年度）',
    url: 'https://renrendoc.com/paper/307484460.html',
    strings: [
      ['2021年度', 'target', 'T date <= 2021-12-31'], // ? 项目起止时间 field
      ['2020', 'target', 'T? >= 2020 -'], // a bare number is a number, whatever the column
      ['2021', 'target', 'T? >= 2021 -'], // as above
    ],
  },
  {
    source: '海南省人民政府研究室 2013年度项目绩效目标（效率指标）（转载）',
    url: 'https://m.taowenge.com/p-3089252.html',
    strings: [['全部完成', 'target', 'T qual']],
  },
  {
    source:
      '天津东丽区 东丽湖新建光辉路（智景东道-星宇道）工程项目2020年度绩效自评报告（时效指标目标；文件已用于 real-strings-2.ts）',
    url: 'https://www.tjdl.gov.cn/gongkai/czzjzdjc/202105/t20210514_5450772.html',
    strings: [['按时完成建设', 'target', 'T qual']],
  },
];
