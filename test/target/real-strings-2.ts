/**
 * More 指标值 and 实际完成值 strings exactly as public documents print them (second collection),
 * batch by batch with the document they come from, and the reading jixiao should produce.
 *
 * Notation as in real-strings.ts, extended:
 * - `T date <= YYYY-MM-DD` a deadline target (the last day allowed; `Y` when no year is written,
 *   a month alone means the end of that month, 当年/年内/年底前 mean Y-12-31);
 * - `A date YYYY-MM-DD` / `A date YYYY-MM` a date actual (`Y` when no year is written);
 * - units are normalised (full-width to half-width, 萬 to 万, spaces removed, `·` and `*` as `·`);
 *   decorations around the number drop ("100%覆盖" → `T? >= 100 %`, "≥100%(百分比)" → `T >= 100 %`).
 * Entries followed by a `// ?` comment carry a best-guess reading.
 *
 * Strings are copied as the stored copy of each page shows them; punctuation may already have
 * been converted to half-width there.
 */
import type { Batch } from './real-strings.js';

export const BATCHES_2: readonly Batch[] = [
  {
    source: '安徽六安裕安区文化和旅游局 市级文物保护专项经费绩效自评表（2022年度）',
    url: 'https://www.yuan.gov.cn/public/6596881/25080505.html',
    strings: [
      ['6000平方米', 'target', 'T? >= 6000 平方米'],
      ['6000平方米', 'actual', 'A 6000 平方米'],
      ['市级保护单位', 'target', 'T qual'],
      ['市级保护单位', 'actual', 'A tier:null'], // ? actual restates the target text
      ['≥95%', 'target', 'T >= 95 %'],
      ['98%', 'actual', 'A 98 %'],
      ['97%', 'actual', 'A 97 %'],
      ['95%', 'actual', 'A 95 %'],
      ['完成时间为2022年12月30日', 'target', 'T date <= 2022-12-30'],
      ['完成时间为2022年12月30日', 'actual', 'A date 2022-12-30'],
      ['本着节约的原则,控制在预算中。', 'target', 'T qual'],
      ['加大文物保护,展示文物价值', 'target', 'T qual'],
      ['程度较高', 'actual', 'A tier:null'], // ? no tier word; could be achieved
    ],
  },
  {
    source: '四川德阳中江县水利局 2022年财政衔接资金实施项目绩效目标自评表（2022年度）',
    url: 'https://chacewang.com/newsdetail/news242266.html',
    strings: [
      ['≥266米', 'target', 'T >= 266 米'],
      ['≥266米', 'actual', 'A 266 米 more'], // ? comparator written in the actual column
      ['≥50厘米', 'target', 'T >= 50 厘米'],
      ['≥50厘米', 'actual', 'A 50 厘米 more'], // ? comparator written in the actual column
      ['≥90%', 'actual', 'A 90 % more'], // ? comparator written in the actual column
      ['20万元', 'target', 'T? >= 20 万元'],
      ['20万元', 'actual', 'A 20 万元'],
      ['≥1000人', 'target', 'T >= 1000 人'],
      ['≥1000人', 'actual', 'A 1000 人 more'], // ? comparator written in the actual column
      ['显著提升', 'target', 'T qual'],
      ['显著提升', 'actual', 'A tier:null'], // ? actual restates the target text
      ['≥95%', 'actual', 'A 95 % more'], // ? comparator written in the actual column
    ],
  },
  {
    source: '湖南岳阳县农业农村局 乡村振兴衔接资金绩效目标申报表（高标准农田建设，2022年度）',
    url: 'http://www.yyx.gov.cn/37584/38137/content_2016103.html',
    strings: [
      ['≥100公里', 'target', 'T >= 100 公里'],
      ['≥20座', 'target', 'T >= 20 座'],
      ['≥100%', 'target', 'T >= 100 %'],
      ['1600元/亩', 'target', 'T? >= 1600 元/亩'],
      ['3500公斤', 'target', 'T? >= 3500 公斤'],
      ['≥500人', 'target', 'T >= 500 人'],
      ['≥500亩', 'target', 'T >= 500 亩'],
      ['≥200亩', 'target', 'T >= 200 亩'],
      ['≥20年', 'target', 'T >= 20 年'],
    ],
  },
  {
    source: '湖南衡阳南岳区财政局 2018年市级专项扶贫资金基础设施（人大代表扶贫基地）绩效目标申报表',
    url: 'http://www.nanyue.gov.cn/nyczj/czysgk/2018njyqnddbmyjs/xcj/nyqnyzzf/20200211/i951217.html',
    strings: [
      ['>=20平方米', 'target', 'T >= 20 平方米'],
      ['>=4个', 'target', 'T >= 4 个'],
      ['>=60亩', 'target', 'T >= 60 亩'],
      ['>=98%', 'target', 'T >= 98 %'],
      ['>=95%', 'target', 'T >= 95 %'],
      ['<=475元/亩', 'target', 'T <= 475 元/亩'],
      ['<=2875元/个', 'target', 'T <= 2875 元/个'],
      ['<=3000元/平方米', 'target', 'T <= 3000 元/平方米'],
      ['>=6万元', 'target', 'T >= 6 万元'],
      ['>=2.61万元', 'target', 'T >= 2.61 万元'],
      ['>=60000人', 'target', 'T >= 60000 人'],
      ['>=29人', 'target', 'T >= 29 人'],
      ['>=90%', 'target', 'T >= 90 %'],
    ],
  },
  {
    source: '安徽宿州萧县张庄寨镇 河西村特色种养补贴到户项目绩效目标自评表（2023年度）',
    url: 'https://www.ahxx.gov.cn/grassroots/279/158998981.html',
    strings: [
      ['29.5亩', 'target', 'T? >= 29.5 亩'],
      ['29.5亩', 'actual', 'A 29.5 亩'],
      ['1.5亩', 'target', 'T? >= 1.5 亩'],
      ['1.5亩', 'actual', 'A 1.5 亩'],
      ['5亩', 'target', 'T? >= 5 亩'],
      ['5亩', 'actual', 'A 5 亩'],
      ['20亩', 'target', 'T? >= 20 亩'],
      ['20亩', 'actual', 'A 20 亩'],
      ['3亩', 'target', 'T? >= 3 亩'],
      ['3亩', 'actual', 'A 3 亩'],
      ['192只', 'target', 'T? >= 192 只'],
      ['192只', 'actual', 'A 192 只'],
      ['180只', 'target', 'T? >= 180 只'],
      ['180只', 'actual', 'A 180 只'],
      ['12头', 'target', 'T? >= 12 头'],
      ['12头', 'actual', 'A 12 头'],
      ['≥11.376万元', 'target', 'T >= 11.376 万元'],
      ['12万元', 'actual', 'A 12 万元'],
      ['90人', 'target', 'T? >= 90 人'],
      ['90人', 'actual', 'A 90 人'],
    ],
  },
  {
    source: '云南临沧永德县明朗中学 2022年度项目支出绩效自评表（义务教育营养改善计划专项资金）',
    url: 'https://www.yongde.gov.cn/info/3003/116104.htm',
    strings: [
      ['735', 'target', 'T? >= 735 -'], // ? the table prints the comparator (≧) and the unit (人次) in separate cells
      ['735', 'actual', 'A 735 -'],
      ['有效', 'target', 'T qual'],
      ['有效', 'actual', 'A tier:achieved'], // ? actual restates the target text
    ],
  },
  {
    source: '山西运城稷山县翟店镇卫生院 项目支出绩效自评表（2021年度）国家基本公共卫生服务',
    url: 'https://keke.chddh.cn/archives/p4q58rogpx4emom7ewb9.html',
    strings: [
      ['38508人', 'target', 'T? >= 38508 人'],
      ['37442人', 'actual', 'A 37442 人'],
      ['不少于12 种', 'target', 'T >= 12 种'],
      ['不少于6 种', 'target', 'T >= 6 种'],
      ['14种', 'actual', 'A 14 种'],
      ['28种', 'actual', 'A 28 种'],
      ['12次', 'target', 'T? >= 12 次'],
      ['96次', 'actual', 'A 96 次'],
      ['150次', 'actual', 'A 150 次'],
      ['221人', 'target', 'T? >= 221 人'],
      ['221人', 'actual', 'A 221 人'],
      ['100.00%', 'target', 'T? >= 100 %'],
      ['97.30%', 'actual', 'A 97.3 %'],
      ['2089人', 'target', 'T? >= 2089 人'],
      ['2089人', 'actual', 'A 2089 人'],
      ['214人', 'target', 'T? >= 214 人'],
      ['214人', 'actual', 'A 214 人'],
      ['203人', 'actual', 'A 203 人'],
      ['120人', 'target', 'T? >= 120 人'],
      ['69人', 'actual', 'A 69 人'],
      ['5662人', 'target', 'T? >= 5662 人'],
      ['4044人', 'actual', 'A 4044 人'],
      ['3807人', 'target', 'T? >= 3807 人'],
      ['3224人', 'actual', 'A 3224 人'],
      ['3220人', 'actual', 'A 3220 人'],
      ['863人', 'target', 'T? >= 863 人'],
      ['695人', 'actual', 'A 695 人'],
      ['683人', 'actual', 'A 683 人'],
      ['212人', 'target', 'T? >= 212 人'],
      ['209人', 'actual', 'A 209 人'],
      ['8例', 'target', 'T? >= 8 例'],
      ['8例', 'actual', 'A 8 例'],
      ['14例', 'target', 'T? >= 14 例'],
      ['14例', 'actual', 'A 14 例'],
      ['24694人', 'target', 'T? >= 24694 人'],
      ['22584人', 'actual', 'A 22584 人'],
      ['1228人', 'target', 'T? >= 1228 人'],
      ['770人', 'actual', 'A 770 人'],
    ],
  },
  {
    source: '河北邢台宁晋县教育局 2019年度宁晋县高中助学金项目绩效评价指标表',
    url: 'https://www.ningjin.gov.cn/content/26279.html',
    strings: [
      ['2100', 'target', 'T? >= 2100 -'],
      ['95%以上', 'target', 'T >= 95 %'],
    ],
  },
  {
    source:
      '某区城市管理委员会 抗疫特别国债项目绩效目标表（2020年度）疫情期间区域病媒防治环境卫生清洁等费用（转载页）',
    url: 'http://13560281748.com/xwzx/ztzl/yjjsgk/bmyjsgk/2020nysgk/202103/t20210304_5374860.html',
    strings: [
      ['1346.0088万平方米', 'target', 'T? >= 1346.0088 万平方米'],
      ['485条', 'target', 'T? >= 485 条'],
      ['283辆', 'target', 'T? >= 283 辆'],
      ['1次/月', 'target', 'T? >= 1 次/月'], // ? a per-month count; could also be taken as a frequency (T qual)
      ['2020年1月--2020年11月', 'target', 'T date <= 2020-11-30'], // ? a period (使用周期); the end month is taken as the deadline
      ['≤620万/月', 'target', 'T <= 6200000 /月'],
      ['≥99%', 'target', 'T >= 99 %'],
    ],
  },
  {
    source: '四川某县 普惠金融发展专项资金绩效自评表（2022年度，省级主管部门四川省财政厅）',
    url: 'https://www.chacewang.com/newsdetail/news368066.html',
    strings: [
      ['≥10%', 'target', 'T >= 10 %'],
      ['115.25%', 'actual', 'A 115.25 %'],
      ['98.70%', 'actual', 'A 98.7 %'],
      ['≥2倍', 'target', 'T >= 2 倍'],
      ['10倍', 'actual', 'A 10 倍'],
      ['≥60%', 'target', 'T >= 60 %'],
      ['85%', 'actual', 'A 85 %'],
      ['≥80%', 'target', 'T >= 80 %'],
      ['≥80%', 'actual', 'A 80 % more'], // ? comparator written in the actual column
    ],
  },
  {
    source: '陕西安康汉阴县财政局 2022年第二批中、省普惠金融发展专项资金绩效目标表',
    url: 'https://www.hanyin.gov.cn/Content-2392921.html',
    strings: [['4000万元', 'target', 'T? >= 4000 万元']],
  },
  {
    source: '湖南衡阳南岳区乡村振兴局 雨露计划绩效目标申报表（2023年度）',
    url: 'https://www.nanyue.gov.cn/nyczj/czysgk/2019njyhndyjs/nyqyg/nyncj/20231227/i3224710.html',
    strings: [
      ['>=101人/次', 'target', 'T >= 101 人/次'],
      ['>=100%', 'target', 'T >= 100 %'],
    ],
  },
  {
    source: '武汉新洲区楚剧团 项目支出绩效自评表（2020年度）演出设备更新专项经费',
    url: 'https://m.taowenge.com/p-96795578.html',
    strings: [
      ['50件', 'target', 'T? >= 50 件'],
      ['50件', 'actual', 'A 50 件'],
      ['100件', 'target', 'T? >= 100 件'],
      ['100件', 'actual', 'A 100 件'],
      ['合格', 'target', 'T qual'],
      ['合格', 'actual', 'A tier:achieved'], // ? "合格" (passed) read as achieved
      ['2万元', 'target', 'T? >= 2 万元'],
      ['2万元', 'actual', 'A 2 万元'],
    ],
  },
  {
    source: '湖南衡阳衡山县商务和粮食局 2020年度县级专项资金绩效目标自评表（县级储备粮）',
    url: 'https://taowenge.com/p-72820237.html',
    strings: [
      ['0', 'target', 'T? >= 0 -'], // ? negative indicator (变质比例) with no comparator; ≤ is meant
      ['0', 'actual', 'A 0 -'],
      ['高', 'target', 'T qual'],
      ['高', 'actual', 'A tier:null'],
      ['0起', 'target', 'T? >= 0 起'], // ? negative indicator (安全事件发生数) with no comparator; ≤ is meant
      ['0起', 'actual', 'A 0 起'],
      ['无', 'actual', 'A tier:null'], // ? "无" with a note "没有轮换、动用库存"; could be fail
    ],
  },
  {
    source: '天津东疆保税港区 2020年直达资金项目绩效自评报告（东部沿海岸线基础设施环境提升）',
    url: 'https://www.dongjiang.gov.cn/contents/24/15313.html',
    strings: [
      ['约12000平方米', 'target', 'T? >= 12000 平方米 about'], // ? "约" on a target; no about-marker exists for targets
      ['约20000平方米', 'actual', 'A 20000 平方米 about'],
      ['约120平方米', 'target', 'T? >= 120 平方米 about'], // ? "约" on a target; no about-marker exists for targets
      ['约1737平方米', 'actual', 'A 1737 平方米 about'],
      ['2021年4月15日', 'target', 'T date <= 2021-04-15'],
      ['0%', 'target', 'T? >= 0 %'], // ? 超概算项目比例: ≤ is meant
    ],
  },
  {
    source: '天津东丽区 东丽湖新建光辉路（智景东道-星宇道）工程项目2020年度绩效自评报告',
    url: 'https://www.tjdl.gov.cn/gongkai/czzjzdjc/202105/t20210514_5450772.html',
    strings: [
      ['已完成', 'actual', 'A tier:achieved'],
      ['随项目进度把控', 'actual', 'A tier:null'],
    ],
  },
  {
    source: '河北邯郸成安县民政局 2020年度预算项目绩效自评表（19名百岁老人高龄津贴）',
    url: 'http://cycms.chengan.gov.cn/zfxxgk/bmView.jsp?id=15437&websiteid=905&xxfl=0404',
    strings: [
      ['>= 98 %(百分比)', 'target', 'T >= 98 %'], // ? 符号、指标值、单位 are adjacent cells, joined with spaces
      ['>= 99 %(百分比)', 'target', 'T >= 99 %'], // ? 符号、指标值、单位 are adjacent cells, joined with spaces
      ['>= 75 %(百分比)', 'target', 'T >= 75 %'], // ? 符号、指标值、单位 are adjacent cells, joined with spaces
      ['>= 95 %(百分比)', 'target', 'T >= 95 %'], // ? 符号、指标值、单位 are adjacent cells, joined with spaces
    ],
  },
  {
    source: '宁夏吴忠同心县下马关镇 设施农业黄金蜜（葡萄）种植项目绩效目标设定的公示（2023年）',
    url: 'https://www.tongxin.gov.cn/zwgk/zfxxgkml/zdxm/zdxm_54945/202309/t20230919_4273316.html',
    strings: [
      ['>=17600株', 'target', 'T >= 17600 株'],
      ['>=85', 'target', 'T >= 85 -'], // ? percentage indicator (成活率) written without %
      ['≤28.40/株', 'target', 'T <= 28.4 /株'], // ? unit printed as "/株" (元 missing)
      ['≥80万元', 'target', 'T >= 80 万元'],
      ['≥10户', 'target', 'T >= 10 户'],
      ['生态修复功能提高', 'target', 'T qual'],
      ['持续发展', 'target', 'T qual'],
    ],
  },
  {
    source:
      '宁夏吴忠同心县下马关镇 上垣、下垣村乡村振兴人居环境综合整治示范村项目资金绩效目标设定的公示（2022年）',
    url: 'https://tongxin.gov.cn/zwgk/zfxxgkml/zdxm/zdxm_54945/202212/t20221215_3889848.html',
    strings: [['大于等于10157.6平方米', 'target', 'T >= 10157.6 平方米']],
  },
  {
    source: '湖北省残疾人联合会 湖北省残疾人事业宣传文化经费项目2017年度绩效自评报告（绩效目标表）',
    url: 'http://www.hbdpf.org.cn/xwzx/hzgw/166877.htm',
    strings: [
      ['1次', 'target', 'T? >= 1 次'],
      ['1个', 'target', 'T? >= 1 个'],
      ['24期', 'target', 'T? >= 24 期'],
      ['104期', 'target', 'T? >= 104 期'],
      ['12期', 'target', 'T? >= 12 期'],
      ['1', 'target', 'T? >= 1 -'],
      ['60人', 'target', 'T? >= 60 人'],
      ['拓宽', 'target', 'T qual'],
      ['推动全省提高', 'target', 'T qual'],
      ['稳步提高', 'target', 'T qual'],
    ],
  },
  {
    source: '四川遂宁大英县民政局 2020年度部门决算（部门绩效评价表）',
    url: 'https://dyxrmt.cn/article-128100-12.html',
    strings: [
      ['改善条件', 'target', 'T qual'],
      ['明显改善', 'actual', 'A tier:null'],
      ['2020年', 'target', 'T date <= 2020-12-31'],
      ['2020年', 'actual', 'A 2020 年'], // ? a bare year as the completion date
      ['100万', 'target', 'T? >= 1000000 -'],
      ['100万', 'actual', 'A 1000000 -'],
      ['有所提升', 'target', 'T qual'],
      ['养老服务提升', 'actual', 'A tier:null'],
    ],
  },
  {
    source: '安徽六安市农业农村局 2024年农产品质检体系建设和“三品一标”发展项目支出绩效目标申报表',
    url: 'https://nyncj.luan.gov.cn/public/6608321/10480730.html',
    strings: [
      ['≥57个', 'target', 'T >= 57 个'],
      ['≥100个', 'target', 'T >= 100 个'],
      ['≥100组', 'target', 'T >= 100 组'],
      ['≥98%', 'target', 'T >= 98 %'],
      ['≥4次', 'target', 'T >= 4 次'],
      ['≤7工作日', 'target', 'T <= 7 工作日'],
    ],
  },
  {
    source: '湖南湘潭市环境卫生管理处 2023年雾炮车降尘抑尘服务项目支出绩效目标申报表',
    url: 'http://xtcg.xiangtan.gov.cn/15068/15075/26693/content_1250928.html',
    strings: [
      ['10辆', 'target', 'T? >= 10 辆'],
      ['≥80M', 'target', 'T >= 80 M'],
      ['优良', 'target', 'T qual'],
      ['2023.07-2024.01', 'target', 'T date <= 2024-01-31'], // ? a service period; the end month is taken as the deadline
      ['250万', 'target', 'T? >= 2500000 -'], // ? 成本指标 (控制在预算成本内): ≤ is meant
      ['≥85%', 'target', 'T >= 85 %'],
    ],
  },
  {
    source: '湖南湘潭市城市管理和综合执法局 2024年项目绩效目标表（雾炮车降尘抑尘服务）',
    url: 'http://xtcg.xiangtan.gov.cn/15068/15075/26693/content_1349210.html',
    strings: [
      ['10', 'target', 'T? >= 10 -'],
      ['80M', 'target', 'T? >= 80 M'],
      ['180', 'target', 'T? >= 180 -'], // ? 服务周期 180 (days), no unit printed
      ['控制在预算内', 'target', 'T qual'],
      ['85%', 'target', 'T? >= 85 %'],
      ['90%', 'target', 'T? >= 90 %'],
    ],
  },
  {
    source: '某区城市管理局 城管执法车辆维修燃油费项目支出绩效目标申报表（2023年度，千里马转载）',
    url: 'https://wap.qianlima.com/zb/detail/20240808_439315077.html',
    strings: [
      ['≥90辆', 'target', 'T >= 90 辆'],
      ['较高', 'target', 'T qual'],
      ['程度较高', 'target', 'T qual'],
      ['及时支出', 'target', 'T qual'],
      ['≤****000元', 'target', 'fail'], // ? digits masked by the reposting site
    ],
  },
  {
    source: '重庆巫溪县财政局 2025年农村危房改造补助资金绩效目标表',
    url: 'http://cqwx.gov.cn/bm/xzfcxjw/zwgk_68174/zfxxgkml/jczwgk/ncwfgzly/bzzjgl_ncwf/bzzjysjs/202501/t20250116_14171946.html',
    strings: [['应改尽改', 'target', 'T qual']],
  },
  {
    source:
      '甘肃嘉峪关市文化和旅游局 省级部门预算项目支出绩效目标表（2023年度）博物馆纪念馆市级免费开放补助资金',
    url: 'http://bigxun.com/view/1667741699571552258',
    strings: [
      ['=300天', 'target', 'T = 300 天'],
      ['=100百分比', 'target', 'T = 100 百分比'],
      ['%=99百分比', 'target', 'fail'], // ? a stray "%" before the comparator
      ['=30000人次', 'target', 'T = 30000 人次'],
      ['长远', 'target', 'T qual'],
      ['增加岗位', 'target', 'T qual'],
    ],
  },
  {
    source:
      '宁夏固原原州区自然资源局 项目支出绩效目标申报表（2022年度）原州区2022年南部水源涵养林建设项目',
    url: 'http://www.yzh.gov.cn/xxgk_13314/zfxxgkml/zdxzjcygk/zdju/202203/t20220301_3340181.html',
    strings: [
      ['80000', 'target', 'T? >= 80000 -'], // ? unit (亩) is in the indicator name
      ['30000', 'target', 'T? >= 30000 -'],
      ['50000', 'target', 'T? >= 50000 -'],
      ['30', 'target', 'T? >= 30 -'],
      ['85', 'target', 'T? >= 85 -'], // ? indicator name says (≥**%)
      ['2023年底', 'target', 'T date <= 2023-12-31'],
      ['6070', 'target', 'T? >= 6070 -'],
      ['132', 'target', 'T? >= 132 -'],
      ['增加就业机会,提高农民收入。', 'target', 'T qual'],
      ['提高森林覆盖率,促进生物多样性保护。', 'target', 'T qual'],
    ],
  },
  {
    source: '国家林业局 项目支出绩效自评表填写样例（附件3，国家森林病虫害预测预报补助经费）',
    url: 'https://m.wenke99.com/p-1167617.html',
    strings: [
      ['各 1 次', 'target', 'T? >= 1 次'], // ? "各" = for each of two reports
      ['2000 次', 'target', 'T? >= 2000 次'],
      ['4 次', 'target', 'T? >= 4 次'],
      ['1 次', 'target', 'T? >= 1 次'],
      ['200 人次', 'target', 'T? >= 200 人次'],
      ['2000 种次', 'target', 'T? >= 2000 种次'],
      ['12 次', 'target', 'T? >= 12 次'],
      ['有效减少', 'target', 'T qual'],
    ],
  },
  {
    source: '安徽六安金安区体育局 项目支出绩效目标表（2025年度）2025金安国际网球公开赛',
    url: 'https://www.ja.gov.cn/public/6602051/25929172.html',
    strings: [
      ['1种', 'target', 'T? >= 1 种'],
      ['2025年年底前', 'target', 'T date <= 2025-12-31'],
      ['≤1000万元', 'target', 'T <= 1000 万元'],
      ['经济效益良好', 'target', 'T qual'],
      ['效果良好', 'target', 'T qual'],
      ['无', 'target', 'T qual'], // ? "无" = indicator not applicable (本项目不适用此指标)
      ['影响可持续', 'target', 'T qual'],
    ],
  },
  {
    source: '安徽六安金寨经济开发区 2021年度项目支出绩效目标申报表（物业管理）',
    url: 'https://www.ahjinzhai.gov.cn/public/6617781/34383152.html',
    strings: [
      ['8个', 'target', 'T? >= 8 个'],
      ['房屋设备、设施的管理到位,环境卫生整洁,车辆停放有序', 'target', 'T qual'],
      ['2021年全年', 'target', 'T date <= 2021-12-31'], // ? "throughout 2021"; read as due by year end
      ['≤1125万元', 'target', 'T <= 1125 万元'],
      ['显著改善', 'target', 'T qual'],
      ['显著提高', 'target', 'T qual'],
      ['持续保障', 'target', 'T qual'],
    ],
  },
  {
    source: '江西景德镇浮梁县林业局 部门整体支出绩效目标表（2026年部门预算）',
    url: 'https://fuliang.gov.cn/xzf/czxx/bmczyjs/t1081473.shtml',
    strings: [
      ['116', 'target', 'T? >= 116 -'], // ? 计算符号 (=) and 度量单位 (人) are separate cells
      ['81', 'target', 'T? >= 81 -'], // ? 计算符号 (=) and 度量单位 (人) are separate cells
      ['13', 'target', 'T? >= 13 -'], // ? 计算符号 (=) and 度量单位 (人) are separate cells
      ['320', 'target', 'T? >= 320 -'], // ? 计算符号 (=) and 度量单位 (万亩) are separate cells
      ['4900', 'target', 'T? >= 4900 -'], // ? 计算符号 (=) and 度量单位 (公顷) are separate cells
      ['0.5', 'target', 'T? >= 0.5 -'], // ? 计算符号 (=) and 度量单位 (万亩) are separate cells
      ['50', 'target', 'T? >= 50 -'], // ? 计算符号 (=) and 度量单位 (篇) are separate cells
    ],
  },
  {
    source: '四川乐山井研县马踏镇人民政府 部门预算项目绩效目标申报表（2023年度）',
    url: 'https://m.qbidia.com/jyx/zjgk/202412/baa621fd1ec74c86bf45aa16dfd0603d.shtml',
    strings: [
      ['95', 'target', 'T? >= 95 -'], // ? 指标性质 (≥) and 度量单位 (%) are separate cells
      ['230', 'target', 'T? >= 230 -'], // ? 指标性质 (≥) and 度量单位 (个) are separate cells
      ['11', 'target', 'T? >= 11 -'], // ? 指标性质 (=) and 度量单位 (个) are separate cells
    ],
  },
  {
    source: '重庆荣昌区林业局 项目绩效目标表（2022年度）古昌镇大青冈村乡村振兴绿化美化项目',
    url: 'http://www.rongchang.gov.cn/bm/qlyj/zwgk_70831/fdzdgknr_70834/ysjs/ysgk/202209/t20220907_11085882.html',
    strings: [
      ['3500', 'target', 'T? >= 3500 -'], // ? 计量单位 (米) and 指标性质 (=) are separate cells
      ['15000', 'target', 'T? >= 15000 -'], // ? 计量单位 (株) and 指标性质 (=) are separate cells
    ],
  },
  {
    source: '宁夏固原原州区农技中心 马铃薯原种繁育示范推广项目绩效目标自评表（2022年度，OCR文本）',
    url: 'https://www.bigxun.com/view/1651813082920488962',
    strings: [
      ['550万粒', 'target', 'T? >= 5500000 粒'],
      ['550万粒', 'actual', 'A 5500000 粒'],
      ['200万粒', 'target', 'T? >= 2000000 粒'],
      ['200万粒', 'actual', 'A 2000000 粒'],
      ['8535.5亩', 'actual', 'A 8535.5 亩'],
      ['11月底完成', 'target', 'T date <= Y-11-30'], // ? OCR text; column alignment uncertain
      ['是', 'target', 'T qual'],
      ['是', 'actual', 'A tier:achieved'], // ? "是" (yes) against a yes/no target
      ['基本达到', 'actual', 'A tier:partial'], // ? "基本达到" (basically reached): partial or achieved
    ],
  },
  {
    source: '安徽亳州市气象局 项目支出绩效目标表（2023年度）亳州市人工增雨飞机作业项目（转载页）',
    url: 'http://567hw.com/OpennessContent/show/2241786.html',
    strings: [
      ['暂定量按15次作业且总航时不少于30小时测算', 'target', 'T qual'], // ? a sentence with two numbers; the comparator 不少于 binds 30小时
      ['解决旱情,保障粮食安全,服务农业生产,保持水土涵养,改善空气质量', 'target', 'T qual'],
    ],
  },
  {
    source:
      '天津市财政局 农业绿色发展专项（畜禽粪污资源化利用整县推进项目）2022年中央预算内投资计划绩效目标表（宝坻区，转载页）',
    url: 'http://www.tyc-yl.com/zwgk_53713/ysgk_59783/czjzxzj/202207/t20220710_5930157.html',
    strings: [['按计划实施', 'target', 'T qual']],
  },
  {
    source:
      '湖南衡阳南岳区民族宗教事务局 2020年忠烈祠免费开放经费236.25万元部门整体支出绩效自评表（转载页，繁体转换）',
    url: 'https://fyfantasy.com/nyczj/czysgk/2019njyhndyjs/xcg/mzzjswj/20210203/i2295863.html',
    strings: [
      ['=230畝', 'target', 'T = 230 亩'], // ? traditional 畝 (mirror conversion) normalised to 亩
      ['=230畝', 'actual', 'A 230 亩'], // ? comparator written in the actual column; 畝 normalised to 亩
      ['=365天', 'target', 'T = 365 天'],
      ['=365天', 'actual', 'A 365 天'], // ? comparator written in the actual column
      ['32人', 'target', 'T? >= 32 人'],
      ['32人', 'actual', 'A 32 人'],
      ['=100%', 'actual', 'A 100 %'], // ? comparator written in the actual column
      ['=95%', 'target', 'T = 95 %'],
      ['=95%', 'actual', 'A 95 %'], // ? comparator written in the actual column
    ],
  },
  {
    source: '某县教育局下属学校 2022年度校园维修改造与设备购置项目自评结果（千里马转载）',
    url: 'https://wap.qianlima.com/zb/detail/20230815_368034370.html',
    strings: [
      ['300万', 'target', 'T? >= 3000000 -'],
      ['300万', 'actual', 'A 3000000 -'],
      ['95.08%', 'actual', 'A 95.08 %'],
      ['95.35%', 'actual', 'A 95.35 %'],
      ['94.60%', 'actual', 'A 94.6 %'],
      ['显著提高', 'actual', 'A tier:null'], // ? actual restates the target wording
      ['与上年相比显著提高', 'target', 'T qual'],
    ],
  },
  {
    source: '内蒙古乌海市供销合作社联合社 再生资源回收市场管理经费项目绩效目标表（2021年）',
    url: 'http://gxs.wuhai.gov.cn/whsgxshzslhs/1096934/sjtj/1341823/index.html',
    strings: [
      ['2021年12月31日前完成', 'target', 'T date <= 2021-12-31'], // ? from the 年度目标 cell (目标3), not the 目标值 column
      ['44,561', 'target', 'T? >= 44561 -'], // ? Excel date serial 44561 (= 2021-12-31) printed with a thousands separator in 目标值 of 项目财政资金到位时间
      ['8', 'target', 'T? >= 8 -'], // ? 指标方向 (正向) and "=" are separate cells
      ['24', 'target', 'T? >= 24 -'], // ? "=" and 计量单位 (人/次) are separate cells
      ['3', 'target', 'T? >= 3 -'], // ? 反向 cost indicator; "=" and 计量单位 (万元) are separate cells
    ],
  },
  {
    source:
      '广东东莞市交通运输局 东莞市财政项目支出绩效目标批复表（镇际联网路升级改造工程一期，2019年度，转载页）',
    url: 'https://gdyinping.com/wwwgdyinpingcom/007329896/0801/201904/fdb5a052be7e4616a3536a4af16269b8.htm',
    strings: [
      ['±3%以内', 'target', 'T range -3 3 %'], // ? "±…以内" = an error band
    ],
  },
];
