/** Help texts of the `jixiao` command, in Chinese and English. */

/** Help by command name (`""` is the overview). */
export const HELP: Record<string, string> = {
  '': `jixiao — 预算绩效评价精确计分 / exact scoring of budget performance evaluations

用法 Usage: jixiao <command> [options]

命令 Commands:
  score <data.json|->          按指标体系为单位数据评分 / score unit data against a framework
  self <table.xlsx|.csv|.json|-> 为自评表评分 / score a 自评表 (project or department)
  audit <files|dir|->          复核已印发的自评表 / review published self-evaluation tables
  rank [results.ndjson|-]      为批量评分结果排名，附等级分布与分位数 / rank batch results, with grades and percentiles
  ahp <judgements.json|->      层次分析法：判断矩阵 → 权重、一致性检验、指标体系分值 / AHP weights from judgements
  entropy <data.json|->        熵权法或 CRITIC：数据 → 客观权重 / entropy or CRITIC weights from data
  fuzzy <survey.json|->        模糊综合评价：问卷计数 → 隶属度、等级、满意度得分 / fuzzy evaluation of survey counts
  topsis <data.json|->         TOPSIS：数据与权重 → 贴近度与排名 / TOPSIS closeness and ranking
  validate <framework.json>    检查指标体系，列出全部问题 / check a framework, list every problem
  frameworks                   列出内置指标体系 / list the built-in frameworks
  schema [framework|self|unit-data|layout]  输出 JSON Schema / print a JSON Schema

通用选项 Common options:
  --format <table|markdown|html|csv|tree-csv|xlsx|json|report|docx>   输出格式 (默认 table)
  --locale <zh|en>             输出语言 (默认 zh)
  --out <file>                 写入文件而非标准输出 / write to a file
  -q, --quiet                  标准错误不输出进度与汇总（错误照常报告）/ no progress or summary on stderr
  -h, --help                   帮助 / help

程序调用 For programs: --format json 时，出错也输出一个 JSON 文档 {"issues":[…]} 到标准输出，标准错误为空；
--locale en 时所有消息为英文 / with --format json a failure is one JSON document on stdout, nothing on
stderr; with --locale en every message is English.

退出码 Exit codes: 0 成功 ok · 1 输入有误 invalid input · 2 用法错误 usage
jixiao <command> --help 查看各命令 / for each command.
`,
  score: `用法 Usage: jixiao score <data.json|-> --framework <id|framework.json> [options]
       jixiao score --batch <units.ndjson|-> --framework <id|framework.json> [--out results.ndjson]

按指标体系为单位数据评分。data.json 为 { unit?, facts?, sources?, answers? }。
Scores unit data against a built-in framework (see jixiao frameworks) or a framework file.

选项 Options:
  -f, --framework <id|file>    指标体系（内置编号或 JSON 文件）/ framework id or file (required)
  --options <file>             评分政策 JSON（notApplicable, missing, rounding, scale）/ policies
  --batch <file|->             NDJSON：每行一份单位数据，每行输出一个 JSON 结果，最后在标准错误输出各等级计数；
                               终端上显示进度（份数、百分比、剩余时间）/ one unit per line in, one JSON result
                               per line out, a per-grade summary on stderr; progress on a terminal
  --compact                    批量时每行只含总分、等级、扣分与提示，不含评分树 / batch lines with the totals,
                               grade, findings and warnings only, without the tree
  --format, --locale, --out    见 jixiao --help（--format docx --out 报告.docx：自评报告草稿，附评分表 / the report
                               draft as a Word document, with the score table）
`,
  self: `用法 Usage: jixiao self <table.xlsx|table.csv|table.json|-> [options]
       jixiao self --batch <tables.ndjson|-> [--compact] [--out results.ndjson]

为自评表评分（项目支出或部门整体支出）：预算执行率 + 各行指标值与实际完成值，按财预〔2020〕10号规则。
Scores a self-evaluation table (project or department). Files: Excel / WPS workbooks (.xlsx .xlsm .xls .et
.ods; every visible sheet a table), CSV and JSON. Layouts are told by the header row: the national form of
财预〔2020〕10号 (title, 项目名称, funds block, 年度总体目标, merged cells, 总分) and provincial layouts
(指标性质/指标值/度量单位, 年初目标值(A)/实际完成值(B), 全年实际值, 权重占比/折算得分, department tables and
评分表). Every problem names its sheet, row and column ("Sheet1!E12（第 12 行 E 列）").

文件编码 Encoding: CSV 为 UTF-8（可带 BOM）、GBK/GB18030 或带 BOM 的 UTF-16，自动识别 / CSV in UTF-8 (BOM optional),
GBK/GB18030 or UTF-16 with a BOM, told apart. .json 按 JSON 读，.csv 按 CSV 读，其他按内容判断 / .json is JSON,
.csv is CSV, workbooks by their extension or signature, anything else by its content.

选项 Options:
  --options <file>             JSON: overCompletion, explainBelow, layout, rounding, scale, qualitative
  --batch <file|->             NDJSON：每行一张自评表（JSON），每行输出一个 JSON 结果，出错的行输出
                               {"line":n,"error":…} 并继续；最后在标准错误输出各等级计数 / one table (JSON) per
                               line in, one JSON result per line out, errors as lines; a summary on stderr
  --compact                    与 --batch 同用：每行只含单位、项目、总分、等级、扣分与提示 / with --batch: only
                               unit, project, year, total, max, grade, findings and warnings a line
  --layout <id|file.json>      表格格式：内置格式编号，或自定义格式的 JSON 文件（jixiao schema layout）/ a built-in
                               layout id, or a JSON file of your own layouts
  --unprinted-weights equal    表中没有分值列（湖北表只印“年度绩效目标1(40分)”）时，按指标个数平分该分数并逐行标注；
                               默认报错 / rows without 分值 share their label's points equally (flagged);
                               by default each such row is an error
  --format, --locale, --out    见 jixiao --help  (--format report 输出自评报告草稿 / a report draft)
                               --format csv: 填好的自评表 / the filled form (得分, 执行率, 总分, 等级, 扣分说明);
                               --format xlsx --out 表.xlsx: 同上，Excel 工作簿，每表一页 / as a workbook;
                               --format tree-csv: 评分树 / the scored tree;
                               --format docx --out 报告.docx: 自评报告草稿（Word），附评分后的自评表 / the report
                               draft as a Word document, with the scored form
`,
  audit: `用法 Usage: jixiao audit <files… | folder | -> [options]

复核已印发的项目支出绩效自评表：合计是否等于各项之和、得分是否符合规则、等级是否与总分相符、执行率是否印错、
偏差原因是否缺失等。读取 Excel/WPS 工作簿（每个工作表一张表）、CSV（任一编码）、JSON（单表或数组）、NDJSON（每行
一表）；文件夹中的这些文件逐个读取，终端上显示进度（已复核张数、文件完成百分比、剩余时间；--quiet 不显示）。逐表输出，最后汇总。
Reviews published tables: totals against their parts and the rules, points against the rules, grades,
printed rates, missing 偏差原因. Reads workbooks, CSV, JSON and NDJSON; folders recursively (progress on a
terminal: tables, share of files done, time left; --quiet for none); writes each review as it
goes, then a summary. JSON tables carry publishedPoints per row, budget.publishedPoints / publishedRate,
publishedTotal and publishedGrade.

JSON 数组逐个元素读取，大小不限；单个 JSON 对象或 CSV 文件不超过 64 MB（更多的表请用 NDJSON）。一张表无法读取
或出错时，报告该表并继续复核其余各表。A JSON array is read element by element, of any size; one JSON object or
CSV file is limited to 64 MB (use NDJSON for more tables). A table that cannot be read, or that fails, is
reported as such and the others are still reviewed.

选项 Options:
  --format <table|markdown|html|csv|json>   (json = 每表一行 NDJSON，最后一行为汇总 / NDJSON with a final summary line)
  --options <file>             评分选项（同 jixiao self）/ scoring options
  --layout <id|file.json>      表格格式（同 jixiao self）/ table layout (as jixiao self)
  --unprinted-weights equal    未印分值的行平分标签分数（同 jixiao self）/ as jixiao self
  --locale, --out              见 jixiao --help

退出码 Exit: 0 全部无误 nothing that changes points or grades · 1 发现影响分数或等级的问题或无法读取的表 · 2 用法
`,
  rank: `用法 Usage: jixiao rank [results.ndjson|results.json|-] [options]
       jixiao score --batch units.ndjson -f department2013 | jixiao rank -

为多个单位的评分结果排名：读取 jixiao score --batch、jixiao self --batch 的输出（NDJSON，每行一个结果）、
JSON 数组或单个 JSON 结果；不给文件时读标准输入。分数精确比较（"90"、"90.00" 与 90 并列）。表格与 Markdown
最后给出等级分布（优良中差，含 0 个的等级）和分位数（P10 P25 P50 P75 P90，线性插值）、最小值、最大值、平均值、
中位数。逐项读取，内存只随单位数增长（每个单位保留名称、分数与等级）。
Ranks the results of many units: the output of score --batch or self --batch (NDJSON), a JSON array or one
result; standard input when no file is given. Scores are compared exactly. Table and Markdown end with the
grade distribution and the percentiles (linear), min, max, mean and median. Streamed: memory grows only
by a label, a value and a grade a unit.

出错的行（{"line":n,"error":…}）、无法读取的行、缺少分数或分数不是数值的行不参与排名：每项在标准错误报告一行，
并计入“未参与排名”，此时退出码为 1 / error lines, unreadable lines and results without a number are not
ranked: each is reported on stderr, counted, and the exit code is 1.

选项 Options:
  --by <path>                  排名依据的字段路径（默认 total），如 rows.0.points / the field to rank by
  --ties <competition|dense|ordinal>
                               并列规则：competition 并列占位 1224（默认）、dense 并列不占位 1223、ordinal 按输入
                               顺序 1234 / ties: 1224 (default), 1223, or input order 1234
  --order <desc|asc>           desc 从高到低（默认）、asc 从低到高 / highest first (default) or lowest first
  --id <path>                  单位名称的字段路径；默认依次取 unit.name、project、unit、name、id，都没有时用结果
                               的行号 / the label's field; by default unit.name, project, unit, name, id, else the line
  --format <table|markdown|csv|json>   csv 只含排名各行（带 BOM，单元格防公式注入）；json 为一个文档
                               {ranks, count, notRanked, distribution, percentiles} / csv holds the rows only;
                               json is one document
  --locale, --out, --quiet     见 jixiao --help
`,
  ahp: `用法 Usage: jixiao ahp <judgements.json|-> [--options options.json] [--framework <id|file>]

层次分析法（AHP）：由 1–9 标度的两两比较判断矩阵求权重（默认幂法求主特征向量），给出 λmax、CI、RI、CR；
层次结构逐层合成末级指标权重；多位专家的矩阵（judges）按几何平均合并。CR ≥ 0.1 时指出最不一致的判断，退出码 1。
AHP weights from pairwise judgement matrices on Saaty's 1–9 scale, with λmax, CI, RI and CR; a hierarchy composes
to leaf weights; several experts' matrices (judges) combine by geometric mean. A matrix with CR ≥ 0.1 names its
most inconsistent judgement and the exit code is 1.

输入 Input: 判断矩阵 [[1, 3], ["1/3", 1]]，或层次结构 { "matrix": …, "children": [{ "id": …, "matrix": …,
"children": … }, { "id": … }] }（null 表示取对称位置的倒数 / null stands for the reciprocal）。

选项 Options:
  --options <file>             { method: eigenvector|geometric|arithmetic, ri: saaty|chinese|[…], threshold,
                               tolerance, maxIterations, maxJudgement, places, points: { total, places } }
  -f, --framework <id|file>    末级指标即指标体系的末级指标：按其满分与小数位数分配分值（和恰为满分）；
                               --format json 时另给出改好分值的指标体系 "framework" / leaves are the framework's
                               leaves: points that add up exactly, and with --format json the reweighted framework
  --format <table|markdown|csv|json>, --locale, --out   见 jixiao --help
`,
  entropy: `用法 Usage: jixiao entropy <data.json|-> [--options options.json]

熵权法（默认）或 CRITIC：由评价对象 × 指标的数据求客观权重，给出每一步（标准化矩阵、信息熵或标准差与相关系数）。
Entropy (default) or CRITIC weights from a units × indicators table, with every step.

输入 Input: [[…], […]]（每行一个评价对象）或 { "units": […], "indicators": […], "values": [[…]] }
选项 Options:
  --options <file>             { method: entropy|critic, directions: [positive|negative|{best}|{between}],
                               normalisation: minmax|share, range: [0.002, 0.998], shift, places }
  --format <table|markdown|csv|json>, --locale, --out   见 jixiao --help
`,
  fuzzy: `用法 Usage: jixiao fuzzy <survey.json|->

模糊综合评价：由因素权重与问卷计数（或隶属度矩阵）求综合隶属度向量 B、最大隶属度等级和按等级分值的综合得分。
Fuzzy comprehensive evaluation: from factor weights and survey counts (or memberships) to B, the grade of largest
membership and a score by the grades' values. Exact.

输入 Input: { "weights": [0.6, 0.4], "counts": [[30, 15, 5], [20, 20, 10]],
  "grades": [{ "label": "满意", "value": 100 }, …], "operator": "productSum|minMax|productMax|minSum" }
选项 Options: --format <table|markdown|csv|json>, --locale, --out   见 jixiao --help
`,
  topsis: `用法 Usage: jixiao topsis <data.json|-> [--options options.json]

TOPSIS：向量归一化、加权，求到正负理想解的距离 D+、D- 与相对贴近度 C，按 C 排名。
TOPSIS: vector normalisation, weights, distances to the ideal and anti-ideal, closeness and rank.

输入 Input: 同 jixiao entropy / as for jixiao entropy
选项 Options:
  --options <file>             { weights: […], directions: […], ties: competition|dense|ordinal, places }
  --format <table|markdown|csv|json>, --locale, --out   见 jixiao --help
`,
  validate: `用法 Usage: jixiao validate <framework.json|->

检查指标体系：结构、分值合计、评分规则与计算公式，一次列出全部问题及其路径；有问题时退出码为 1。
Checks a framework and lists every problem with its path; exits 1 when there is any.
`,
  frameworks: `用法 Usage: jixiao frameworks [--format json]

列出内置指标体系及其指标数量。Lists the built-in frameworks.
`,
  schema: `用法 Usage: jixiao schema [framework|self|unit-data|layout] [--out file]

输出 JSON Schema（draft 2020-12），供其他语言的系统校验输入。Prints a JSON Schema for other languages.
`,
};
