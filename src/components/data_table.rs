//! A disclosure table as a real, accessible `<table>`: caption, column headers with
//! `scope="col"`, the first column as row headers, numbers aligned right. On phones it scrolls
//! sideways inside a focusable, labelled region (keyboard users can scroll it too). Masked
//! columns are masked again on screen and in the CSV download (`gongkai_core::csv`).

use gongkai_core::csv::{csv_file_name, is_masked_column, mask_cell, table_to_csv};
use gongkai_core::model::{ColumnType, Table};
use leptos::prelude::*;

use crate::browser;

#[component]
pub fn DataTable(table: Table, index: usize) -> impl IntoView {
    let caption_id = format!("table-{index}-caption");
    let labelled_by = caption_id.clone();
    let masked = table.columns.iter().any(|c| is_masked_column(c.mask));
    let csv_name = csv_file_name(&table.caption);
    let t2 = table.clone();
    let download = move |_| {
        browser::download(&csv_name, "text/csv;charset=utf-8", &table_to_csv(&t2));
    };
    let numeric: Vec<bool> = table.columns.iter().map(|c| matches!(c.kind, ColumnType::Integer | ColumnType::Money)).collect();
    let columns = table.columns.clone();
    view! {
        <figure class="data-table">
            <div class="table-scroll" role="region" aria-labelledby=labelled_by tabindex="0">
                <table>
                    <caption id=caption_id>{table.caption.clone()}</caption>
                    <thead>
                        <tr>
                            {table.columns.iter().enumerate().map(|(i, c)| view! {
                                <th scope="col" class:num=numeric[i]>{c.title.clone()}</th>
                            }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {table.rows.iter().map(|row| {
                            columns.iter().enumerate().map(|(i, col)| {
                                let cell = mask_cell(col.mask, row.get(i).map(String::as_str).unwrap_or("")).into_owned();
                                if i == 0 {
                                    view! { <th scope="row" class:num=numeric[i]>{cell}</th> }.into_any()
                                } else {
                                    view! { <td class:num=numeric[i]>{cell}</td> }.into_any()
                                }
                            }).collect_view()
                        }).map(|cells| view! { <tr>{cells}</tr> }).collect_view()}
                    </tbody>
                </table>
            </div>
            <figcaption class="table-foot">
                {table.note.clone().map(|n| view! { <p class="table-note">{n}</p> })}
                {masked.then(|| view! { <p class="table-note">"为保护个人信息，姓名、证件号码等已按规定隐去部分内容。"</p> })}
                <button type="button" class="button button-secondary" on:click=download>
                    "下载表格（CSV）" <span class="visually-hidden">{format!("：{}", table.caption)}</span>
                </button>
            </figcaption>
        </figure>
    }
}
