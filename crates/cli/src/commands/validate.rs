//! `gongkai validate` (not yet built).

pub fn run(_args: &[String]) -> u8 {
    eprintln!("错误：validate 命令尚未实现。\nerror: `validate` is not implemented yet");
    2
}
