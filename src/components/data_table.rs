//! A disclosure table as a real, accessible `<table>`: caption, column headers with
//! `scope="col"`, the first column as row headers, numbers aligned right. On phones it scrolls
//! sideways inside a focusable, labelled region (keyboard users can scroll it too). Masked
//! columns are masked again on screen and in the CSV download (`gongkai_core::csv`).

use gongkai_core::csv::{csv_file_name, is_masked_column, mask_cell, table_to_csv};
use gongkai_core::model::{ColumnType, Table};

use crate::browser;
use crate::dom::{el, tx, El};

pub fn data_table(table: &Table, index: usize) -> El {
    let caption_id = format!("table-{index}-caption");
    let numeric: Vec<bool> = table.columns.iter().map(|c| matches!(c.kind, ColumnType::Integer | ColumnType::Money)).collect();
    let cell_class = |i: usize| if numeric.get(i).copied().unwrap_or(false) { "num" } else { "" };
    let head = el("tr").extend(table.columns.iter().enumerate().map(|(i, c)| tx("th", cell_class(i), &c.title).attr("scope", "col")));
    let body = el("tbody").extend(table.rows.iter().map(|row| {
        el("tr").extend(table.columns.iter().enumerate().map(|(i, col)| {
            let cell = mask_cell(col.mask, row.get(i).map(String::as_str).unwrap_or(""));
            if i == 0 {
                tx("th", cell_class(i), &cell).attr("scope", "row")
            } else {
                tx("td", cell_class(i), &cell)
            }
        }))
    }));
    let grid = el("table").push(tx("caption", "", &table.caption).id(&caption_id)).push(el("thead").push(head)).push(body);
    let t = table.clone();
    let name = csv_file_name(&table.caption);
    let download = tx("button", "button button-secondary", "下载表格（CSV）")
        .attr("type", "button")
        .push(tx("span", "visually-hidden", &format!("：{}", table.caption)))
        .on("click", move |_| {
            browser::download(&name, "text/csv;charset=utf-8", &table_to_csv(&t));
        });
    let masked = table.columns.iter().any(|c| is_masked_column(c.mask));
    el("div")
        .class("data-table")
        .push(
            el("div")
                .class("table-scroll")
                .attr("role", "region")
                .attr("aria-labelledby", &caption_id)
                .attr("tabindex", "0")
                .push(grid),
        )
        .push(
            el("div")
                .class("table-foot")
                .push_opt(table.note.as_deref().map(|n| tx("p", "table-note", n)))
                .push_opt(masked.then(|| tx("p", "table-note", "为保护个人信息，姓名、证件号码等已按规定隐去部分内容。")))
                .push(download),
        )
}
