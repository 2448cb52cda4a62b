//! The feed: where it lives, how it is fetched and parsed, and the typed errors a resident sees.
//!
//! The portal fetches one static file, `data/feed.json`, relative to the page's base URL (so the
//! same build works at the site root or under a township folder). It is fetched once per app load
//! and kept in a [`FeedStore`] context; every page reads it from there. Failures are a closed
//! [`FeedError`] enum, each with a plain-Chinese title, what to do, and a 重试 button on screen.
//!
//! A page opened from a link (the home page, an item, a record) does not wait for the whole feed:
//! it first fetches `data/view/meta.json` and its own part (`data/view/item/<id>.json` …, written
//! by `gongkai index --views`, see `gongkai_core::view`), shows itself, then fetches the whole
//! feed for everything else. A missing, broken or mismatched part only means the page waits for
//! the whole feed as before. When the whole feed is of the same version, the page is left as it
//! is (it would draw the same); when it is newer (the parts were stale), the page is drawn again.
//!
//! Beside it, `data/search-pinyin.json` (written by `gongkai index` at publish time) lets pinyin
//! and initials (`dibao`, `db`) find titles. It is fetched the first time a page searches, and
//! attached to the search engine when it arrives; searching never waits for it, and a missing or
//! broken file only means pinyin finds nothing.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use gongkai_core::model::FORMAT_V1;
use gongkai_core::read::{read_feed, read_format, read_pinyin, read_version};
use gongkai_core::search::{Engine, SearchResults};
use gongkai_core::view::{file_safe, HomeView, PartExtras, VIEW_DIR};
use gongkai_core::Feed;
use leptos::prelude::*;

use crate::router::{current_route, Route};
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
    /// `Some(page)` when `feed` is only that page's part (see the module notes).
    pub covers: Option<Route>,
    /// What the page's part says beyond its feed (the home page's summary, an item's count of
    /// related records); computed from `feed` when it is the whole feed.
    extras: PartExtras,
    engine: Mutex<Option<Engine>>,
    /// Set once the pinyin sidecar has been asked for (cleared again when that failed).
    pinyin_asked: AtomicBool,
    /// Notified when pinyin was attached, so searches run again.
    pinyin: ArcTrigger,
}

impl Loaded {
    pub fn new(feed: Feed) -> Loaded {
        Loaded { feed, covers: None, extras: PartExtras::default(), engine: Mutex::new(None), pinyin_asked: AtomicBool::new(false), pinyin: ArcTrigger::new() }
    }

    /// Whether this can draw `route`: the whole feed draws every page, a part only its own.
    pub fn draws(&self, route: &Route) -> bool {
        self.covers.as_ref().is_none_or(|c| c == route)
    }

    /// What the home page shows of items and records.
    pub fn home_view(&self) -> HomeView {
        self.extras.home.clone().unwrap_or_else(|| HomeView::from_feed(&self.feed))
    }

    /// How many records name `item` (its page lists only the newest few).
    pub fn related_total(&self, item: &str) -> usize {
        match self.extras.related_total {
            Some(n) if self.covers.is_some() => n as usize,
            _ => gongkai_core::view::records_about(&self.feed, item).total,
        }
    }

    /// Runs `f` on the search engine, built the first time a page searches (the home page never
    /// pays for it).
    fn with_engine<T>(&self, f: impl FnOnce(&mut Engine) -> T) -> T {
        let mut slot = self.engine.lock().unwrap_or_else(|e| e.into_inner());
        f(slot.get_or_insert_with(|| Engine::new(&self.feed)))
    }

    /// Searches the feed. Reactive: runs again once pinyin arrives. The first search with a
    /// Latin letter in it starts fetching the pinyin sidecar: pinyin only ever matches letters,
    /// so a search typed in 汉字 neither waits for the file nor downloads it.
    pub fn search(self: &Arc<Self>, query: &str) -> SearchResults {
        self.pinyin.track();
        if query.bytes().any(|b| b.is_ascii_alphabetic()) && !self.pinyin_asked.swap(true, Ordering::Relaxed) {
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
    /// Why the whole feed could not be fetched while a page's part is shown (other pages show
    /// this error; the page of the part stays readable).
    pub whole_failed: RwSignal<Option<FeedError>>,
    /// The whole feed, fetched but not read yet (same version as the part shown).
    unread: StoredValue<Option<String>>,
    /// A page that the part cannot draw has asked for the whole feed.
    wanted: StoredValue<bool>,
    /// Set by `mount` once the app is in the document.
    pub mounted: StoredValue<bool>,
}

/// Reads the whole feed; reading, indexing and drawing are separate tasks, so a slow phone stays
/// responsive (to a tap, to scrolling) between them.
async fn read_whole(text: &str) -> FeedState {
    yield_to_browser().await;
    match parse_feed(text) {
        Ok(feed) => {
            let loaded = Arc::new(Loaded::new(feed));
            if current_route() == Route::Search {
                yield_to_browser().await;
                loaded.with_engine(|_| ());
            }
            yield_to_browser().await;
            FeedState::Ready(loaded)
        }
        Err(e) => FeedState::Failed(e),
    }
}

/// `data/view/item/<id>.json` for the pages that have a part.
fn part_path(route: &Route) -> Option<String> {
    match route {
        Route::Home => Some(format!("data/{VIEW_DIR}/home.json")),
        Route::Item(id) if file_safe(id) => Some(format!("data/{VIEW_DIR}/item/{id}.json")),
        Route::Record(id) if file_safe(id) => Some(format!("data/{VIEW_DIR}/record/{id}.json")),
        _ => None,
    }
}

/// The page's part joined with `meta.json`, both fetched at once; `None` on any failure.
async fn load_part(route: &Route) -> Option<Loaded> {
    let path = part_path(route)?;
    let meta = request(&format!("data/{VIEW_DIR}/meta.json"));
    let part = request(&path);
    let (meta, part) = (response_text(meta).await.ok()?, response_text(part).await.ok()?);
    let meta = match parse_feed(&meta) {
        Ok(m) => m,
        Err(_) => return None,
    };
    let part = gongkai_core::read::read_view_part(&part).ok()?;
    let (feed, extras) = part.join(meta)?;
    let mut loaded = Loaded::new(feed);
    loaded.covers = Some(route.clone());
    loaded.extras = extras;
    Some(loaded)
}

impl FeedStore {
    /// Creates the store and starts loading.
    pub fn start() -> FeedStore {
        let store = FeedStore {
            state: RwSignal::new(FeedState::Loading),
            whole_failed: RwSignal::new(None),
            unread: StoredValue::new(None),
            wanted: StoredValue::new(false),
            mounted: StoredValue::new(false),
        };
        store.reload();
        store
    }

    /// (Re)fetches the feed; used at start and by every 重试 button. The page at the address
    /// is shown from its part first when it has one.
    pub fn reload(self) {
        self.state.set(FeedState::Loading);
        self.whole_failed.set(None);
        self.unread.set_value(None);
        self.wanted.set_value(false);
        let route = current_route();
        leptos::task::spawn_local(async move {
            let Some(loaded) = load_part(&route).await else {
                let next = match fetch_text(FEED_PATH).await {
                    Ok(text) => read_whole(&text).await,
                    Err(e) => FeedState::Failed(e),
                };
                self.state.set(next);
                return;
            };
            let version = loaded.feed.version;
            self.state.set(FeedState::Ready(Arc::new(loaded)));
            // The whole feed is asked for only once the page is on screen, so on a slow line
            // it never competes with what the page needs.
            while !self.mounted.get_value() {
                yield_to_browser().await;
            }
            after_next_paint().await;
            match fetch_text(FEED_PATH).await {
                // The page shown from its part stays readable; other pages explain.
                Err(e) => self.whole_failed.set(Some(e)),
                // The data the page was drawn from: kept unread until a page needs it. Reading
                // the whole feed is the longest task a slow phone does here, and a resident who
                // only reads this page never needs it; the page is not drawn again (no flash,
                // checklist ticks and focus stay).
                Ok(text) if read_version(&text) == Some(version) && !self.wanted.get_value() => self.unread.set_value(Some(text)),
                // Newer than the part (parts left from an older publish), or another page is
                // already waiting: read it and draw again.
                Ok(text) => {
                    let next = read_whole(&text).await;
                    self.show_whole(next);
                }
            }
        });
    }

    /// After a part was shown: the whole feed's outcome.
    fn show_whole(self, next: FeedState) {
        match next {
            FeedState::Failed(e) => self.whole_failed.set(Some(e)),
            next => self.state.set(next),
        }
    }

    /// The feed if it can draw the page at the current address; otherwise whether to wait or
    /// to show an error.
    pub fn for_page(self, state: FeedState) -> FeedState {
        match state {
            FeedState::Ready(l) if !l.draws(&current_route()) => {
                // Read the whole feed now if it is here; otherwise as soon as it arrives.
                self.wanted.set_value(true);
                let mut text = None;
                self.unread.update_value(|t| text = t.take());
                if let Some(text) = text {
                    leptos::task::spawn_local(async move {
                        let next = read_whole(&text).await;
                        self.show_whole(next);
                    });
                }
                match self.whole_failed.get() {
                    Some(e) => FeedState::Failed(e),
                    None => FeedState::Loading,
                }
            }
            other => other,
        }
    }
}

/// Waits until the store is no longer loading, or `at_most_ms` milliseconds have passed.
pub async fn settled(store: FeedStore, at_most_ms: f64) {
    let now = || web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0);
    let start = now();
    while matches!(store.state.get_untracked(), FeedState::Loading) && now() - start < at_most_ms {
        yield_to_browser().await;
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
    response_text(request(path)).await
}

/// Starts fetching a data file now (so several can be under way at once).
fn request(path: &str) -> Option<JsFuture> {
    let window = web_sys::window()?;
    let init = web_sys::RequestInit::new();
    // Revalidate every load: the township republishes, and a stale feed would mislead.
    init.set_cache(web_sys::RequestCache::NoCache);
    Some(JsFuture::from(window.fetch_with_str_and_init(path, &init)))
}

/// The text of a started request; HTTP failures are typed.
async fn response_text(request: Option<JsFuture>) -> Result<String, FeedError> {
    let response = request.ok_or_else(|| FeedError::Network(String::new()))?.await.map_err(|e| FeedError::Network(js_text(&e)))?;
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

/// Waits until the browser has painted the next frame.
async fn after_next_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.request_animation_frame(&resolve);
        }
    });
    let _ = JsFuture::from(promise).await;
    yield_to_browser().await;
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
