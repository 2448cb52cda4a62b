//! `gongkai schema`: print the feed's JSON Schema.

pub fn run(args: &[String]) -> u8 {
    if let Some(a) = args.first() {
        eprintln!("错误：schema 命令不接受参数“{a}”。\nerror: `schema` takes no arguments");
        return 2;
    }
    print!("{}", gongkai_core::schema::feed_schema_json());
    0
}
