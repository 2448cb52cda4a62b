//! The feed: where it lives, how it is fetched and parsed, and the typed errors a resident sees.
//!
//! The portal fetches one static file, `data/feed.json`, relative to the page's base URL (so the
//! same build works at the site root or under a township folder). It is fetched once per app load
//! and kept in a [`FeedStore`] context; every page reads it from there. Failures are a closed
//! [`FeedError`] enum, each with a plain-Chinese title, what to do, and a 重试 button on screen.
//!
//! Beside it, `data/search-pinyin.json` (written by `gongkai index` at publish time) lets pinyin
//! and initials (`dibao`, `db`) find titles. It is fetched the first time a page searches, and
//! attached to the search engine when it arrives; searching never waits for it, and a missing or
//! broken file only means pinyin finds nothing.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use gongkai_core::model::FORMAT_V1;
use gongkai_core::read::{read_feed, read_format, read_pinyin};
use gongkai_core::search::{Engine, SearchResults};
use gongkai_core::Feed;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The feed's address, relative to the document's base URL (`<base href>` written by trunk).
pub const FEED_PATH: &str = "data/feed.json";

/// The pinyin sidecar's address, beside the feed.
pub const PINYIN_PATH: &str = "data/search-pinyin.json";

/// Why the feed could not be shown.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FeedError {
    /// The request never got an answer (offline, DNS, blocked).
    #[error("网络不通：{0}")]
    Network(String),
    /// 404/410, or the server answered with a web page instead of the data file.
    #[error("数据文件不存在")]
    NotFound,
    /// Any other HTTP failure.
    #[error("服务器出错（HTTP {0}）")]
    Http(u16),
    /// The file is not valid JSON, or not a valid feed.
    #[error("数据文件损坏：第 {line} 行第 {column} 列，{detail}")]
    Corrupt { line: usize, column: usize, detail: String },
    /// A feed of a format version this portal does not read.
    #[error("格式版本不支持：{0}")]
    UnsupportedFormat(String),
}

impl FeedError {
    /// The heading shown on screen.
    pub fn title(&self) -> &'static str {
        match self {
            FeedError::Network(_) => "网络不通，没能取到数据",
            FeedError::NotFound => "数据文件不存在",
            FeedError::Http(_) => "服务器暂时出错",
            FeedError::Corrupt { .. } => "数据文件损坏，无法读取",
            FeedError::UnsupportedFormat(_) => "数据格式版本不支持",
        }
    }

    /// What happened and what to do, in plain words.
    pub fn advice(&self) -> String {
        match self {
            FeedError::Network(_) => {
                "请检查手机或电脑是否连上了网络（可以试着打开别的网页），然后点“重试”。".to_string()
            }
            FeedError::NotFound => "网站上找不到政务公开数据文件，可能正在更新。请过几分钟再点“重试”；如果一直这样，请告诉镇政府政务公开工作人员。".to_string(),
            FeedError::Http(code) => format!("服务器返回了错误（代码 {code}）。请稍后点“重试”；如果一直这样，请告诉镇政府政务公开工作人员。"),
            FeedError::Corrupt { line, column, .. } => format!(
                "政务公开数据文件第 {line} 行第 {column} 列有错误，页面无法读取。这不是您的问题，请告诉镇政府政务公开工作人员；他们可以用 gongkai 工具检查并重新发布。"
            ),
            FeedError::UnsupportedFormat(found) => format!(
                "数据文件的格式版本是“{found}”，本页面只能读取“{FORMAT_V1}”。请刷新页面取得最新版本；如果一直这样，请告诉镇政府政务公开工作人员。"
            ),
        }
    }

    /// Technical detail for staff (kept short; shown in small print).
    pub fn detail(&self) -> Option<String> {
        match self {
            FeedError::Network(d) if !d.is_empty() => Some(d.clone()),
            FeedError::Corrupt { detail, .. } => Some(detail.clone()),
            _ => None,
        }
    }
}

/// A loaded feed and, built on first use, its search engine.
pub struct Loaded {
    pub feed: Feed,
    engine: Mutex<Option<Engine>>,
    /// Set once the pinyin sidecar has been asked for (cleared again when that failed).
    pinyin_asked: AtomicBool,
    /// Notified when pinyin was attached, so searches run again.
    pinyin: ArcTrigger,
}

impl Loaded {
    pub fn new(feed: Feed) -> Loaded {
        Loaded { feed, engine: Mutex::new(None), pinyin_asked: AtomicBool::new(false), pinyin: ArcTrigger::new() }
    }

    /// Runs `f` on the search engine, built the first time a page searches (the home page never
    /// pays for it).
    fn with_engine<T>(&self, f: impl FnOnce(&mut Engine) -> T) -> T {
        let mut slot = self.engine.lock().unwrap_or_else(|e| e.into_inner());
        f(slot.get_or_insert_with(|| Engine::new(&self.feed)))
    }

    /// Searches the feed. Reactive: runs again once pinyin arrives. The first search also
    /// starts fetching the pinyin sidecar.
    pub fn search(self: &Arc<Self>, query: &str) -> SearchResults {
        self.pinyin.track();
        if !self.pinyin_asked.swap(true, Ordering::Relaxed) {
            let me = self.clone();
            leptos::task::spawn_local(async move {
                match fetch_text(PINYIN_PATH).await {
                    Ok(text) => {
                        // A broken file is not asked for again until the next visit.
                        if let Ok(index) = read_pinyin(&text) {
                            me.with_engine(|e| e.attach_pinyin(&index));
                            me.pinyin.notify();
                        }
                    }
                    // Offline for now: try again on the next search.
                    Err(FeedError::Network(_)) => me.pinyin_asked.store(false, Ordering::Relaxed),
                    // Not published (404) or refused: searching without pinyin, no more requests.
                    Err(_) => {}
                }
            });
        }
        self.with_engine(|e| e.search(query))
    }
}

/// Where the feed stands.
#[derive(Clone)]
pub enum FeedState {
    Loading,
    Ready(Arc<Loaded>),
    Failed(FeedError),
}

/// The app-wide feed cache, provided as context by `App`.
#[derive(Clone, Copy)]
pub struct FeedStore {
    pub state: RwSignal<FeedState>,
}

impl FeedStore {
    /// Creates the store and starts loading.
    pub fn start() -> FeedStore {
        let store = FeedStore { state: RwSignal::new(FeedState::Loading) };
        store.reload();
        store
    }

    /// (Re)fetches the feed; used at start and by every 重试 button.
    pub fn reload(self) {
        self.state.set(FeedState::Loading);
        leptos::task::spawn_local(async move {
            let next = match fetch_text(FEED_PATH).await {
                Ok(text) => {
                    // Reading, indexing and drawing are separate tasks, so a slow phone stays
                    // responsive (to a tap, to scrolling) between them.
                    yield_to_browser().await;
                    match parse_feed(&text) {
                        Ok(feed) => {
                            let loaded = Arc::new(Loaded::new(feed));
                            if crate::browser::page_address().ends_with("/search") {
                                yield_to_browser().await;
                                loaded.with_engine(|_| ());
                            }
                            yield_to_browser().await;
                            FeedState::Ready(loaded)
                        }
                        Err(e) => FeedState::Failed(e),
                    }
                }
                Err(e) => FeedState::Failed(e),
            };
            self.state.set(next);
        });
    }
}

/// The feed store from context.
pub fn use_feed() -> FeedStore {
    expect_context::<FeedStore>()
}

fn js_text(v: &wasm_bindgen::JsValue) -> String {
    v.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| v.as_string())
        .unwrap_or_default()
}

/// Fetches a data file (revalidated every time) as text; HTTP failures are typed.
async fn fetch_text(path: &str) -> Result<String, FeedError> {
    let window = web_sys::window().ok_or_else(|| FeedError::Network(String::new()))?;
    let init = web_sys::RequestInit::new();
    // Revalidate every load: the township republishes, and a stale feed would mislead.
    init.set_cache(web_sys::RequestCache::NoCache);
    let response = JsFuture::from(window.fetch_with_str_and_init(path, &init))
        .await
        .map_err(|e| FeedError::Network(js_text(&e)))?;
    let response: web_sys::Response = response.dyn_into().map_err(|e| FeedError::Network(js_text(&e)))?;
    match response.status() {
        404 | 410 => return Err(FeedError::NotFound),
        s if !response.ok() => return Err(FeedError::Http(s)),
        _ => {}
    }
    let text = response.text().map_err(|e| FeedError::Network(js_text(&e)))?;
    let text = JsFuture::from(text).await.map_err(|e| FeedError::Network(js_text(&e)))?;
    Ok(text.as_string().unwrap_or_default())
}

/// Lets the browser run other tasks (input, paint) before going on.
async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Parses feed text, telling a broken file apart from a feed of another version.
/// Uses `gongkai_core::read` (same result as serde, a fraction of the wasm size).
pub fn parse_feed(text: &str) -> Result<Feed, FeedError> {
    // A server that answers every path with the app's index.html (SPA fallback) turns a missing
    // data file into a 200 web page: that is "not found", not "corrupt".
    if text.trim_start().starts_with('<') {
        return Err(FeedError::NotFound);
    }
    match read_feed(text) {
        Ok(feed) if feed.format == FORMAT_V1 => Ok(feed),
        Ok(feed) => Err(FeedError::UnsupportedFormat(feed.format)),
        Err(e) => match read_format(text) {
            Some(f) if f != FORMAT_V1 => Err(FeedError::UnsupportedFormat(f)),
            _ => Err(FeedError::Corrupt { line: e.line, column: e.column, detail: e.to_string() }),
        },
    }
}
