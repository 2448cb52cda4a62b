//! `gongkai search` (not yet built).

pub fn run(_args: &[String]) -> u8 {
    eprintln!("错误：search 命令尚未实现。\nerror: `search` is not implemented yet");
    2
}
