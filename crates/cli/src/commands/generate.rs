//! `gongkai generate` (not yet built).

pub fn run(_args: &[String]) -> u8 {
    eprintln!("错误：generate 命令尚未实现。\nerror: `generate` is not implemented yet");
    2
}
