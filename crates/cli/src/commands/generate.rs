//! `gongkai generate`: write a large, deterministic test feed (for benchmarks and scale tests).
//!
//! `gongkai generate --records N [--items M] [--seed S] [-o 文件]`
//!
//! Without `-o` the feed goes to standard output. With `-o` it is written to a temporary file
//! beside the target and renamed into place only when complete, so an interrupted run never
//! leaves a half-written feed where the portal or a benchmark would pick it up.
//! Progress goes to standard error for feeds of 10,000 records or more.

use std::fs;
use std::io::{self, BufWriter};
use std::path::{Path, PathBuf};
use std::time::Instant;

use gongkai_core::generate::{write_feed_with_progress, GenerateOptions};

const HELP: &str = "\
用法 Usage: gongkai generate --records N [--items M] [--seed S] [-o 文件]

  --records N   公开信息条数（必填），例如 100000
  --items M     服务事项个数，默认 200
  --seed S      随机种子，默认 1；种子相同，生成的文件逐字节相同
  -o 文件       写入该文件（先写临时文件，写完再改名）；不写则输出到屏幕（标准输出）
";

/// Upper bounds that keep a typo (an extra zero or three) from filling the disk.
const MAX_RECORDS: usize = 5_000_000;
const MAX_ITEMS: usize = 100_000;
/// Report progress for feeds at least this large, every this many records.
const PROGRESS_STEP: usize = 10_000;

/// What went wrong, in words for staff.
#[derive(Debug, thiserror::Error)]
enum ArgError {
    #[error("错误：缺少 --records（要生成多少条公开信息），例如 --records 100000。\nerror: --records is required")]
    MissingRecords,
    #[error("错误：“{flag}”后面缺少数值。\nerror: {flag} needs a value")]
    MissingValue { flag: String },
    #[error("错误：“{flag}”的值“{value}”不是一个不带符号的整数（只能写阿拉伯数字，例如 {example}）。\nerror: {flag} expects a whole number, got `{value}`")]
    NotANumber { flag: String, value: String, example: &'static str },
    #[error("错误：{flag} 最多 {max}，而你写的是 {value}。\nerror: {flag} may be at most {max}")]
    TooLarge { flag: String, value: usize, max: usize },
    #[error("错误：“{flag}”写了两次。\nerror: {flag} given twice")]
    Repeated { flag: String },
    #[error("错误：不认识的参数“{arg}”。\nerror: unknown argument `{arg}`")]
    Unknown { arg: String },
}

#[derive(Debug, PartialEq)]
struct Args {
    opts: GenerateOptions,
    output: Option<PathBuf>,
}

pub fn run(args: &[String]) -> u8 {
    if args.iter().any(|a| a == "--help" || a == "-h") {
        print!("{HELP}");
        return 0;
    }
    let parsed = match parse(args) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}\n");
            eprint!("{HELP}");
            return 2;
        }
    };
    let show_progress = parsed.opts.records >= PROGRESS_STEP;
    let total = parsed.opts.records;
    let progress = move |n: usize| {
        if show_progress && (n % PROGRESS_STEP == 0 || n == total) {
            eprintln!("已生成 {n} / {total} 条 (generated {n} of {total})");
        }
    };
    let started = Instant::now();
    match &parsed.output {
        None => {
            let stdout = io::stdout();
            let w = BufWriter::with_capacity(1 << 16, stdout.lock());
            match write_feed_with_progress(&parsed.opts, w, progress) {
                Ok(()) => 0,
                // The reader went away (`| head`): nothing is wrong with the command itself.
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
                Err(e) => {
                    eprintln!("错误：写入标准输出失败：{e}\nerror: could not write to standard output");
                    2
                }
            }
        }
        Some(path) => match write_atomically(path, &parsed.opts, progress) {
            Ok(bytes) => {
                eprintln!(
                    "已写入 {}：{} 条公开信息、{} 个服务事项，{:.1} MB，用时 {:.1} 秒。\nwrote {} ({} bytes)",
                    path.display(),
                    parsed.opts.records,
                    parsed.opts.items,
                    bytes as f64 / 1_000_000.0,
                    started.elapsed().as_secs_f64(),
                    path.display(),
                    bytes
                );
                0
            }
            Err(msg) => {
                eprintln!("{msg}");
                2
            }
        },
    }
}

fn parse(args: &[String]) -> Result<Args, ArgError> {
    let mut records = None;
    let mut items = None;
    let mut seed = None;
    let mut output = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        // Accept both `--records 10` and `--records=10`.
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = || inline.clone().or_else(|| it.next().cloned()).ok_or_else(|| ArgError::MissingValue { flag: flag.to_string() });
        match flag {
            "--records" => set(&mut records, flag, count(flag, &value()?, MAX_RECORDS, "100000")?)?,
            "--items" => set(&mut items, flag, count(flag, &value()?, MAX_ITEMS, "200")?)?,
            "--seed" => {
                let v = value()?;
                let s = number(flag, &v, "42")?;
                set(&mut seed, flag, s)?
            }
            "-o" | "--output" => set(&mut output, flag, PathBuf::from(value()?))?,
            _ => return Err(ArgError::Unknown { arg: arg.clone() }),
        }
    }
    let defaults = GenerateOptions::default();
    Ok(Args {
        opts: GenerateOptions {
            records: records.ok_or(ArgError::MissingRecords)?,
            items: items.unwrap_or(defaults.items),
            seed: seed.unwrap_or(defaults.seed),
        },
        output,
    })
}

fn set<T>(slot: &mut Option<T>, flag: &str, v: T) -> Result<(), ArgError> {
    if slot.is_some() {
        return Err(ArgError::Repeated { flag: flag.to_string() });
    }
    *slot = Some(v);
    Ok(())
}

fn number(flag: &str, v: &str, example: &'static str) -> Result<u64, ArgError> {
    let bad = || ArgError::NotANumber { flag: flag.to_string(), value: v.to_string(), example };
    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    v.parse().map_err(|_| bad())
}

fn count(flag: &str, v: &str, max: usize, example: &'static str) -> Result<usize, ArgError> {
    let n = number(flag, v, example)?;
    match usize::try_from(n) {
        Ok(n) if n <= max => Ok(n),
        _ => Err(ArgError::TooLarge { flag: flag.to_string(), value: usize::try_from(n).unwrap_or(usize::MAX), max }),
    }
}

/// Writes to `.<name>.tmp-<pid>` in the target's folder, then renames. Returns the size.
fn write_atomically(path: &Path, opts: &GenerateOptions, progress: impl FnMut(usize)) -> Result<u64, String> {
    let name = path
        .file_name()
        .ok_or_else(|| format!("错误：“{}”不是文件名。\nerror: `{}` is not a file name", path.display(), path.display()))?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        return Err(format!(
            "错误：文件夹“{}”不存在，请先建立它或换一个位置。\nerror: folder `{}` does not exist",
            dir.display(),
            dir.display()
        ));
    }
    let tmp = dir.join(format!(".{}.tmp-{}", name.to_string_lossy(), std::process::id()));
    let result = (|| -> io::Result<u64> {
        let file = fs::File::create(&tmp)?;
        let mut w = BufWriter::with_capacity(1 << 20, file);
        write_feed_with_progress(opts, &mut w, progress)?;
        let file = w.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        let size = file.metadata()?.len();
        drop(file);
        fs::rename(&tmp, path)?;
        Ok(size)
    })();
    result.map_err(|e| {
        // Leave nothing half-written behind; the old file at `path`, if any, is untouched.
        let _ = fs::remove_file(&tmp);
        format!("错误：无法写入“{}”：{e}\nerror: could not write `{}`: {e}", path.display(), path.display())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &[&str]) -> Vec<String> {
        s.iter().map(|a| a.to_string()).collect()
    }

    #[test]
    fn flags_are_read_with_defaults_for_the_optional_ones() {
        let a = parse(&args(&["--records", "100", "-o", "x.json"])).unwrap();
        assert_eq!(a.opts, GenerateOptions { records: 100, items: 200, seed: 1 });
        assert_eq!(a.output, Some(PathBuf::from("x.json")));
        let b = parse(&args(&["--seed=7", "--items", "0", "--records=5"])).unwrap();
        assert_eq!(b.opts, GenerateOptions { records: 5, items: 0, seed: 7 });
        assert_eq!(b.output, None);
    }

    #[test]
    fn bad_flags_are_explained_in_chinese() {
        for (bad, expect) in [
            (&["--items", "5"][..], "缺少 --records"),
            (&["--records"][..], "缺少数值"),
            (&["--records", "十"][..], "不是一个不带符号的整数"),
            (&["--records", "-5"][..], "不是一个不带符号的整数"),
            (&["--records", "99999999999"][..], "最多"),
            (&["--records", "1", "--records", "2"][..], "写了两次"),
            (&["--record", "1"][..], "不认识的参数"),
        ] {
            let err = parse(&args(bad)).unwrap_err().to_string();
            assert!(err.contains(expect), "{bad:?}: {err}");
            assert!(err.contains("error:"), "an English line follows: {err}");
        }
    }

    #[test]
    fn an_output_file_appears_whole_and_no_temporary_file_remains() {
        let dir = std::env::temp_dir().join(format!("gongkai-generate-test-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let target = dir.join("feed.json");
        let opts = GenerateOptions { records: 50, items: 10, seed: 3 };
        let size = write_atomically(&target, &opts, |_| {}).unwrap();
        let written = fs::read(&target).unwrap();
        assert_eq!(written.len() as u64, size);
        let mut expected = Vec::new();
        gongkai_core::generate::write_feed(&opts, &mut expected).unwrap();
        assert_eq!(written, expected);
        let leftovers: Vec<_> = fs::read_dir(&dir).unwrap().filter_map(Result::ok).filter(|e| e.file_name() != "feed.json").collect();
        assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
        assert!(write_atomically(&dir.join("missing/feed.json"), &opts, |_| {}).unwrap_err().contains("不存在"));
        fs::remove_dir_all(&dir).unwrap();
    }
}
