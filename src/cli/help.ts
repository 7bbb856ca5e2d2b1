/** Help texts of the `jixiao` command, in Chinese and English. */

/** Help by command name (`""` is the overview). */
export const HELP: Record<string, string> = {
  '': `jixiao — 预算绩效评价精确计分 / exact scoring of budget performance evaluations

用法 Usage: jixiao <command> [options]

命令 Commands:
  score <data.json|->          按指标体系为单位数据评分 / score unit data against a framework
  self <table.xlsx|.csv|.json|-> 为自评表评分 / score a 自评表 (project or department)
  audit <files|dir|->          复核已印发的自评表 / review published self-evaluation tables
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
