//! `gongkai index FEED [-o search-pinyin.json] [--views DIR] [--docs FILE] [--pack FILE] [--pinyin-pack FILE]`.
//!
//! Publish-time work, so residents' phones never do it: the pinyin of every title and keyword
//! (`search-pinyin.json`, format in docs/search.md); the page views (`--views data/view`: what
//! one page needs, so a shared link to an item shows before the whole feed has arrived; see
//! `gongkai_core::view`); and — for archives too big to search from the feed — the searchable
//! text as a compact pack. Every file is written to a temporary name first and renamed, and the
//! view directory is built beside the old one and swapped in whole, so a half-written file or a
//! mix of two publishes is never published.
//!
//! Pinyin comes from the `pinyin` crate (native only; it never reaches the portal's wasm). A
//! polyphone takes its most common reading unless a word in [`WORD_READINGS`] says otherwise
//! (银行 hang, 镇长 zhang, 还款 huan, 重新 chong, 给付 ji …).

use std::io::Write as _;
use std::path::Path;

use gongkai_core::search::pack::{pack_docs, pack_pinyin};
use gongkai_core::search::{PinyinEntry, PinyinIndex, SearchDoc, NO_PINYIN, PINYIN_FORMAT};
use gongkai_core::Feed;
use pinyin::ToPinyin;

/// Readings of polyphones in words township documents use, longest words first when they overlap.
/// Only the syllables that differ from the default reading matter, but whole words are listed so
/// the table reads like a dictionary.
pub const WORD_READINGS: &[(&str, &str)] = &[
    // 行 háng
    ("银行", "yin hang"),
    ("农行", "nong hang"),
    ("工行", "gong hang"),
    ("建行", "jian hang"),
    ("中行", "zhong hang"),
    ("分行", "fen hang"),
    ("支行", "zhi hang"),
    ("行业", "hang ye"),
    ("行长", "hang zhang"),
    ("同行", "tong hang"),
    ("行情", "hang qing"),
    // 长 cháng (the crate's default reading is zhǎng)
    ("长期", "chang qi"),
    ("长效", "chang xiao"),
    ("长远", "chang yuan"),
    ("长度", "chang du"),
    ("长途", "chang tu"),
    ("长江", "chang jiang"),
    ("长城", "chang cheng"),
    ("长寿", "chang shou"),
    ("长年", "chang nian"),
    ("延长", "yan chang"),
    ("特长", "te chang"),
    ("专长", "zhuan chang"),
    // 长 zhǎng
    ("镇长", "zhen zhang"),
    ("乡长", "xiang zhang"),
    ("村长", "cun zhang"),
    ("县长", "xian zhang"),
    ("市长", "shi zhang"),
    ("省长", "sheng zhang"),
    ("组长", "zu zhang"),
    ("局长", "ju zhang"),
    ("科长", "ke zhang"),
    ("所长", "suo zhang"),
    ("站长", "zhan zhang"),
    ("院长", "yuan zhang"),
    ("校长", "xiao zhang"),
    ("队长", "dui zhang"),
    ("社长", "she zhang"),
    ("家长", "jia zhang"),
    ("河长", "he zhang"),
    ("林长", "lin zhang"),
    ("网格长", "wang ge zhang"),
    ("增长", "zeng zhang"),
    ("成长", "cheng zhang"),
    ("生长", "sheng zhang"),
    ("长辈", "zhang bei"),
    ("董事长", "dong shi zhang"),
    ("理事长", "li shi zhang"),
    // 还 huán
    ("还款", "huan kuan"),
    ("还贷", "huan dai"),
    ("归还", "gui huan"),
    ("偿还", "chang huan"),
    ("退还", "tui huan"),
    ("返还", "fan huan"),
    ("发还", "fa huan"),
    ("还本", "huan ben"),
    ("还建", "huan jian"),
    // 重 chóng
    ("重新", "chong xin"),
    ("重复", "chong fu"),
    ("重建", "chong jian"),
    ("重阳", "chong yang"),
    ("重庆", "chong qing"),
    ("重组", "chong zu"),
    ("重申", "chong shen"),
    ("重审", "chong shen"),
    ("重叠", "chong die"),
    // 给 jǐ
    ("给付", "ji fu"),
    ("供给", "gong ji"),
    ("补给", "bu ji"),
    ("自给", "zi ji"),
    ("给予", "ji yu"),
    // 调 tiáo
    ("调解", "tiao jie"),
    ("调整", "tiao zheng"),
    ("调节", "tiao jie"),
    ("调控", "tiao kong"),
    ("调处", "tiao chu"),
    ("调剂", "tiao ji"),
    ("调价", "tiao jia"),
    ("协调", "xie tiao"),
    ("空调", "kong tiao"),
    // 率 lǜ
    ("效率", "xiao lv"),
    ("比率", "bi lv"),
    ("税率", "shui lv"),
    ("利率", "li lv"),
    ("覆盖率", "fu gai lv"),
    ("参保率", "can bao lv"),
    ("合格率", "he ge lv"),
    ("完成率", "wan cheng lv"),
    ("满意率", "man yi lv"),
    ("出生率", "chu sheng lv"),
    ("达标率", "da biao lv"),
    // 率 shuài (default lǜ)
    ("率先", "shuai xian"),
    ("率领", "shuai ling"),
    ("表率", "biao shuai"),
    ("草率", "cao shuai"),
    ("坦率", "tan shuai"),
    // 似 sì (default shì)
    ("类似", "lei si"),
    ("相似", "xiang si"),
    ("近似", "jin si"),
    ("似乎", "si hu"),
    // others
    ("会计", "kuai ji"),
    ("便宜", "pian yi"),
    ("没收", "mo shou"),
    ("出差", "chu chai"),
    ("差旅", "chai lv"),
    ("校对", "jiao dui"),
    ("校核", "jiao he"),
    ("校验", "jiao yan"),
    ("着力", "zhuo li"),
    ("着眼", "zhuo yan"),
    ("着手", "zhuo shou"),
    ("着重", "zhuo zhong"),
    ("弹性", "tan xing"),
    ("薄弱", "bo ruo"),
    ("角色", "jue se"),
    ("首都", "shou du"),
    ("都市", "du shi"),
    ("西藏", "xi zang"),
    ("人参", "ren shen"),
    ("大夫", "dai fu"),
    ("模样", "mu yang"),
];

/// The default reading of one char as a search token (no tone, ü written `v`), or [`NO_PINYIN`].
fn char_reading(c: char) -> String {
    match c.to_pinyin() {
        Some(p) => p.plain().chars().map(|ch| match ch {
            'ü' => 'v',
            'ê' => 'e',
            other => other,
        })
        .collect(),
        None => NO_PINYIN.to_string(),
    }
}

/// One token per char of `text`: word readings first (longest match), then char readings.
pub fn tokens(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<String> = Vec::with_capacity(chars.len());
    let mut i = 0;
    'outer: while i < chars.len() {
        let mut best: Option<(usize, &str)> = None;
        for (word, reading) in WORD_READINGS {
            let w: Vec<char> = word.chars().collect();
            if chars[i..].starts_with(&w) && best.is_none_or(|(n, _)| w.len() > n) {
                best = Some((w.len(), reading));
            }
        }
        if let Some((n, reading)) = best {
            let syl: Vec<&str> = reading.split(' ').collect();
            if syl.len() == n {
                out.extend(syl.iter().map(|s| s.to_string()));
                i += n;
                continue 'outer;
            }
        }
        out.push(char_reading(chars[i]));
        i += 1;
    }
    out.join(" ")
}

/// The pinyin sidecar of a feed.
pub fn pinyin_index(feed: &Feed) -> PinyinIndex {
    let entry = |title: &str, keywords: &[String]| PinyinEntry { title: tokens(title), keywords: keywords.iter().map(|k| tokens(k)).collect() };
    PinyinIndex {
        format: PINYIN_FORMAT.into(),
        feed_version: feed.version,
        items: feed.items.iter().map(|it| (it.id.clone(), entry(&it.name, &it.keywords))).collect(),
        records: feed.records.iter().map(|r| (r.id.clone(), entry(&r.title, &[]))).collect(),
    }
}

/// Writes `bytes` to `path` through a temporary file in the same directory and a rename.
fn write_atomically(path: &str, bytes: &[u8]) -> Result<(), String> {
    let target = Path::new(path);
    let dir = target.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, target)
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        format!("错误：无法写入“{path}”：{e}\nerror: cannot write `{path}`")
    })
}

/// Fills a fresh directory beside `dir` through `fill` (which is given a writer of
/// (path inside, contents)), then swaps it in for `dir` (the old one is removed after the swap),
/// so readers never see a mix of two publishes. Returns (files, bytes). `what`: for messages.
fn swap_in_dir(
    dir: &str,
    what: &str,
    total: usize,
    subdirs: &[&str],
    fill: impl FnOnce(&mut dyn FnMut(&str, &str) -> Result<(), String>) -> Result<(), String>,
) -> Result<(usize, usize), String> {
    let target = Path::new(dir.trim_end_matches('/'));
    let fail = |step: &str, e: std::io::Error| format!("错误：无法写入{what}目录“{dir}”（{step}）：{e}\nerror: cannot write `{dir}`");
    let parent = target.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
    let fresh = parent.join(format!(".{name}.new-{}", std::process::id()));
    let old = parent.join(format!(".{name}.old-{}", std::process::id()));
    let (mut files, mut bytes) = (0usize, 0usize);
    let built = (|| -> Result<(), String> {
        std::fs::create_dir_all(&fresh).map_err(|e| fail("新建目录", e))?;
        for sub in subdirs {
            std::fs::create_dir_all(fresh.join(sub)).map_err(|e| fail("新建目录", e))?;
        }
        fill(&mut |path, contents| {
            std::fs::write(fresh.join(path), contents).map_err(|e| fail(path, e))?;
            files += 1;
            bytes += contents.len();
            if files % 5000 == 0 && files < total {
                eprintln!("  {what} {files} / {total} …");
            }
            Ok(())
        })
    })();
    if let Err(msg) = built {
        let _ = std::fs::remove_dir_all(&fresh);
        return Err(msg);
    }
    // Swap: the old directory steps aside, the new one takes its name, the old one goes.
    let had_old = target.exists();
    if had_old {
        if let Err(e) = std::fs::rename(target, &old) {
            let _ = std::fs::remove_dir_all(&fresh);
            return Err(fail("移开旧目录", e));
        }
    }
    if let Err(e) = std::fs::rename(&fresh, target) {
        if had_old {
            let _ = std::fs::rename(&old, target);
        }
        let _ = std::fs::remove_dir_all(&fresh);
        return Err(fail("换上新目录", e));
    }
    if had_old {
        let _ = std::fs::remove_dir_all(&old);
    }
    Ok((files, bytes))
}

/// Writes the page views of `feed` into `dir` (see `gongkai_core::view`).
fn write_views(dir: &str, feed: &Feed) -> Result<(usize, usize), String> {
    let total = gongkai_core::view::view_file_count(feed);
    swap_in_dir(dir, "页面数据", total, &["item", "record"], |write| {
        gongkai_core::view::for_each_view_file(feed, |path, json| write(&path, &json))
    })
}

/// Writes the home page and every item's, record's, hall's and village's page as HTML
/// (`site/home.html`, `site/item/<id>.html` …), in the site's own index.html (see
/// `gongkai_portal::prerender`).
fn write_pages(site: &str, site_url: Option<&str>, feed: Feed) -> Result<(usize, usize), String> {
    use gongkai_portal::prerender::{Pages, Site, TemplateError};
    let template_path = Path::new(site).join("index.html");
    let template = std::fs::read_to_string(&template_path).map_err(|e| {
        format!("错误：打不开网站的首页文件“{}”：{e}\n请把 --pages 指向放着 index.html 的网站目录。\nerror: cannot read `{}`", template_path.display(), template_path.display())
    })?;
    let pages = Pages::new(feed, Site { template, origin: site_url.map(|u| u.trim_end_matches('/').to_string()) }).map_err(|e| {
        let why = match e {
            TemplateError::NoBootBlock => "找不到 <div id=\"boot\" class=\"boot\">…</noscript> 这一段",
            TemplateError::NoTitle => "找不到 <title>",
        };
        format!("错误：“{}”不是本门户构建出的首页（{why}）。请用 ./scripts/build.sh 构建的 dist/index.html。\nerror: `{}` is not the portal's index.html", template_path.display(), template_path.display())
    })?;
    let feed = pages.feed();
    let ids = |xs: Vec<&String>| xs.into_iter().enumerate().filter(|(_, id)| gongkai_core::view::file_safe(id)).map(|(i, id)| (i, id.clone())).collect::<Vec<_>>();
    let items = ids(feed.items.iter().map(|i| &i.id).collect());
    let records = ids(feed.records.iter().map(|r| &r.id).collect());
    // One directory per kind of page, each swapped in whole.
    let write_kind = |dir: &str, label: &str, ids: &[(usize, String)], page: &dyn Fn(usize) -> Option<String>| {
        swap_in_dir(&Path::new(site).join(dir).to_string_lossy(), label, ids.len(), &[], |write| {
            for (index, id) in ids {
                if let Some(html) = page(*index) {
                    write(&format!("{id}.html"), &html)?;
                }
            }
            Ok(())
        })
    };
    let (a, b) = write_kind("item", "办事指南页面", &items, &|i| pages.item(i))?;
    let (c, d) = write_kind("record", "公开信息页面", &records, &|i| pages.record(i))?;
    let halls = ids(feed.halls.iter().map(|h| &h.id).collect());
    let villages = ids(feed.villages.iter().map(|v| &v.id).collect());
    let (e, f) = write_kind("hall", "服务大厅页面", &halls, &|i| pages.hall(&feed.halls[i].id))?;
    let (g, h) = write_kind("village", "村（社区）页面", &villages, &|i| pages.village(&feed.villages[i].id))?;
    let home = pages.home().ok_or_else(|| "错误：无法生成首页。\nerror: cannot write home.html".to_string())?;
    write_atomically(&Path::new(site).join("home.html").to_string_lossy(), home.as_bytes())?;
    let about = pages.about().ok_or_else(|| "错误：无法生成“关于本站”页面。\nerror: cannot write about.html".to_string())?;
    write_atomically(&Path::new(site).join("about.html").to_string_lossy(), about.as_bytes())?;
    let search = pages.search().ok_or_else(|| "错误：无法生成查找页面的框架。\nerror: cannot write search.html".to_string())?;
    write_atomically(&Path::new(site).join("search.html").to_string_lossy(), search.as_bytes())?;
    Ok((a + c + e + g + 3, b + d + f + h + home.len() + about.len() + search.len()))
}

struct Args {
    feed: String,
    out: Option<String>,
    views: Option<String>,
    pages: Option<String>,
    site_url: Option<String>,
    docs: Option<String>,
    pack: Option<String>,
    pinyin_pack: Option<String>,
}

const USAGE: &str = "用法 usage: gongkai index 数据文件 [-o search-pinyin.json] [--views 目录] [--pages 网站目录 [--site-url 网址]] [--docs 文件] [--pack 文件] [--pinyin-pack 文件]";

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut feed = None;
    let (mut out, mut views, mut docs, mut pack, mut pinyin_pack) = (None, None, None, None, None);
    let (mut pages, mut site_url) = (None, None);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let slot = match a.as_str() {
            "-o" | "--output" => &mut out,
            "--views" => &mut views,
            "--pages" => &mut pages,
            "--site-url" => &mut site_url,
            "--docs" => &mut docs,
            "--pack" => &mut pack,
            "--pinyin-pack" => &mut pinyin_pack,
            s if s.starts_with('-') && s.len() > 1 => {
                return Err(format!("错误：不认识的选项“{s}”。\nerror: unknown option `{s}`\n{USAGE}"));
            }
            _ => {
                if feed.replace(a.clone()).is_some() {
                    return Err(format!("错误：只能给一个数据文件。\nerror: expected one FEED\n{USAGE}"));
                }
                continue;
            }
        };
        *slot = Some(it.next().cloned().ok_or_else(|| format!("错误：{a} 后面缺少文件名。\nerror: {a} needs a file name\n{USAGE}"))?);
    }
    let feed = feed.ok_or_else(|| format!("错误：缺少数据文件。\nerror: expected FEED\n{USAGE}"))?;
    Ok(Args { feed, out, views, pages, site_url, docs, pack, pinyin_pack })
}

pub fn run(args: &[String]) -> u8 {
    let args = match parse_args(args) {
        Ok(a) => a,
        Err(msg) => {
            eprintln!("{msg}");
            return 2;
        }
    };
    let text = match std::fs::read_to_string(&args.feed) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("错误：打不开数据文件“{}”：{e}\nerror: cannot read feed `{}`", args.feed, args.feed);
            return 2;
        }
    };
    let feed: Feed = match serde_json::from_str(&text) {
        Ok(f) => f,
        Err(e) => {
            eprintln!(
                "错误：数据文件“{}”不是有效的数据（第 {} 行第 {} 列）：{e}\n请先运行 gongkai validate 查看详细问题。\nerror: not a valid feed",
                args.feed,
                e.line(),
                e.column()
            );
            return 1;
        }
    };
    let index = pinyin_index(&feed);
    let mut outputs: Vec<(&str, Vec<u8>)> = Vec::new();
    let pinyin_json = match serde_json::to_vec(&index) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("错误：无法生成拼音文件：{e}\nerror: cannot serialise pinyin");
            return 2;
        }
    };
    if let Some(p) = &args.docs {
        match serde_json::to_vec(&SearchDoc::all(&feed)) {
            Ok(v) => outputs.push((p, v)),
            Err(e) => {
                eprintln!("错误：无法生成搜索文档：{e}\nerror: cannot serialise docs");
                return 2;
            }
        }
    }
    if let Some(p) = &args.pack {
        outputs.push((p, pack_docs(&SearchDoc::all(&feed), &feed.synonyms).into_bytes()));
    }
    if let Some(p) = &args.pinyin_pack {
        outputs.push((p, pack_pinyin(&index, &SearchDoc::all(&feed)).into_bytes()));
    }
    match &args.out {
        Some(p) => outputs.push((p, pinyin_json)),
        None if outputs.is_empty() && args.views.is_none() && args.pages.is_none() => {
            let mut stdout = std::io::stdout().lock();
            if stdout.write_all(&pinyin_json).and_then(|_| stdout.write_all(b"\n")).is_err() {
                return 2;
            }
        }
        None => {}
    }
    for (path, bytes) in &outputs {
        if let Err(msg) = write_atomically(path, bytes) {
            eprintln!("{msg}");
            return 2;
        }
        eprintln!("已写入 {path}（{} 字节）。 (wrote {path})", bytes.len());
    }
    if let Some(dir) = &args.views {
        match write_views(dir, &feed) {
            Ok((files, bytes)) => eprintln!("已写入页面数据目录 {dir}：{files} 个文件，共 {bytes} 字节。 (wrote {files} views to {dir})"),
            Err(msg) => {
                eprintln!("{msg}");
                return 2;
            }
        }
    }
    if let Some(site) = &args.pages {
        match write_pages(site, args.site_url.as_deref(), feed) {
            Ok((files, bytes)) => eprintln!("已写入 {site}/home.html、about.html、search.html 和 item/、record/、hall/、village/：{files} 个页面，共 {bytes} 字节。 (wrote {files} pages)"),
            Err(msg) => {
                eprintln!("{msg}");
                return 2;
            }
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_get_one_token_per_char() {
        assert_eq!(tokens("最低生活保障"), "zui di sheng huo bao zhang");
        assert_eq!(tokens("2024年低保"), "_ _ _ _ nian di bao");
    }

    #[test]
    fn polyphones_read_right_in_government_words() {
        assert_eq!(tokens("农商银行"), "nong shang yin hang");
        assert_eq!(tokens("行政给付"), "xing zheng ji fu");
        assert_eq!(tokens("镇长信箱"), "zhen zhang xin xiang");
        assert_eq!(tokens("长期护理"), "chang qi hu li");
        assert_eq!(tokens("重新办理"), "chong xin ban li");
        assert_eq!(tokens("重度残疾"), "zhong du can ji");
        assert_eq!(tokens("贷款还款"), "dai kuan huan kuan");
        assert_eq!(tokens("还有"), "hai you");
        assert_eq!(tokens("人民调解"), "ren min tiao jie");
        assert_eq!(tokens("绿色"), "lv se");
        assert_eq!(tokens("延长办理时限"), "yan chang ban li shi xian");
        assert_eq!(tokens("率先实现"), "shuai xian shi xian");
        assert_eq!(tokens("类似情形"), "lei si qing xing");
    }

    #[test]
    fn every_word_reading_has_one_syllable_per_char() {
        for (w, r) in WORD_READINGS {
            assert_eq!(w.chars().count(), r.split(' ').count(), "{w}");
        }
    }
}
