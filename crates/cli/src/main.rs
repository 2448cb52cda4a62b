//! `gongkai`: the staff tool. A thin binary: each subcommand lives in `commands/` and calls
//! into `gongkai-core`, so the portal and the tool share one definition of a valid feed.
//!
//! Exit codes: 0 success (or valid), 1 the input is invalid, 2 the command could not run.

mod commands;

use std::process::ExitCode;

const USAGE: &str = "\
gongkai — 政务公开数据工具 (gongkai, the disclosure feed tool)

用法 Usage:
  gongkai validate [--format human|json] [--today YYYY-MM-DD] 文件…   检查数据文件，逐条指出问题
  gongkai schema                                                  输出数据格式的 JSON Schema
  gongkai generate --records N [--seed S] [--items M] [-o 文件]    生成大规模测试数据
  gongkai search [--format human|json] [--limit N] [--pinyin 文件|--no-pinyin] 数据文件 查询词
                                                                  用居民端同一个搜索引擎查询
  gongkai index 数据文件 -o search-pinyin.json --views view        发布前生成搜索用拼音文件和页面数据
  gongkai help                                                    显示本说明

退出码 Exit codes: 0 成功/数据有效 · 1 数据有问题 · 2 无法运行（参数错误、文件打不开）
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((cmd, rest)) = args.split_first() else {
        eprint!("{USAGE}");
        return ExitCode::from(2);
    };
    let code = match cmd.as_str() {
        "validate" => commands::validate::run(rest),
        "schema" => commands::schema::run(rest),
        "generate" => commands::generate::run(rest),
        "search" => commands::search::run(rest),
        "index" => commands::index::run(rest),
        "help" | "--help" | "-h" => {
            print!("{USAGE}");
            0
        }
        other => {
            eprintln!("错误：没有“{other}”这个命令。\nerror: unknown command `{other}`\n");
            eprint!("{USAGE}");
            2
        }
    };
    ExitCode::from(code)
}
