// Highlighting works on byte offsets of the decoded source: the findings' boundaries cut the
// source into runs, and each run is wrapped in one <mark> that lists every finding covering
// it, so overlapping findings stay visible without nesting tags.
#include "report/html_page.hpp"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "report/markup.hpp"

namespace medlint {

namespace {

using ordered_json = nlohmann::ordered_json;

constexpr const char* style = R"CSS(
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1f24;background:#f6f7f9}
header{background:#1f3a5f;color:#fff;padding:12px 24px}header h1{font-size:18px;margin:0}header a{color:#cfe3ff}
main{padding:16px 24px;max-width:1200px;box-sizing:border-box}
.table-wrap{overflow-x:auto}
section.file{background:#fff;border:1px solid #d8dde3;border-radius:6px;padding:16px;margin-bottom:24px}
h2{font-size:16px;margin:0 0 8px;word-break:break-all}
table{border-collapse:collapse;background:#fff;font-size:13px}th,td{border:1px solid #d8dde3;padding:4px 8px;text-align:right}
th{background:#eef1f5;cursor:pointer;user-select:none;white-space:nowrap}td.path,th.path{text-align:left}
th[aria-sort=descending]::after{content:" \25BC"}th[aria-sort=ascending]::after{content:" \25B2"}
pre.source{white-space:pre-wrap;word-wrap:break-word;font:13px/1.6 ui-monospace,Menlo,Consolas,monospace;background:#fbfbfc;border:1px solid #e3e6ea;padding:12px;max-height:70vh;overflow:auto}
mark{cursor:pointer;border-radius:2px;padding:0 1px;color:inherit}
mark.sev-error{outline:1px solid rgba(180,0,0,.55)}
.c-spinner{background:rgba(214,39,40,.25)}.c-citation{background:rgba(148,103,189,.3)}.c-ocr{background:rgba(140,86,75,.3)}
.c-boilerplate{background:rgba(127,127,127,.3)}.c-disclaimer{background:rgba(31,119,180,.25)}.c-claim{background:rgba(255,127,14,.3)}
.c-risk{background:rgba(227,119,194,.3)}.c-attribution{background:rgba(23,190,207,.3)}.c-duplicate{background:rgba(188,189,34,.35)}
.chip{display:inline-block;padding:1px 8px;border-radius:10px;margin:2px 4px 2px 0;font-size:12px}
.detail{position:sticky;bottom:0;background:#fffbe6;border:1px solid #e8d48a;border-radius:6px;padding:8px 12px;margin-top:8px}
.detail .why{color:#444;font-size:13px}.finding-list li{margin:2px 0;cursor:pointer}.sev{font-weight:600;text-transform:uppercase;font-size:11px}
.chart{display:grid;grid-template-columns:110px 1fr 60px;gap:4px 8px;align-items:center;max-width:720px;margin:8px 0 16px}
.bar{height:16px;border-radius:3px;min-width:1px}.muted{color:#666;font-size:13px}
)CSS";

constexpr const char* script = R"JS(
(function(){
  function el(tag, cls, text){const e=document.createElement(tag);if(cls)e.className=cls;if(text!==undefined)e.textContent=text;return e;}
  document.querySelectorAll('section.file[data-medlint]').forEach(function(section){
    const data=JSON.parse(section.querySelector('script.medlint-data').textContent);
    const panel=section.querySelector('.detail');
    function show(ids){
      panel.replaceChildren();
      ids.forEach(function(i){
        const f=data.findings[i];const rule=data.rules[f.rule]||{};
        const box=el('div');
        box.append(el('span','sev',f.severity+' '),el('code','',f.rule),el('span','',' line '+f.line+': '+f.message));
        if(f.suggestion!==undefined)box.append(el('div','','Suggestion: '+f.suggestion));
        if(rule.explanation)box.append(el('div','why',rule.explanation));
        panel.append(box);
      });
      panel.hidden=false;
    }
    section.querySelectorAll('mark[data-f]').forEach(function(m){
      m.addEventListener('click',function(){show(m.dataset.f.split(',').map(Number));});
    });
    section.querySelectorAll('li[data-f]').forEach(function(li){
      li.addEventListener('click',function(){
        const i=Number(li.dataset.f);const target=section.querySelector('[data-first="'+i+'"]');
        if(target)target.scrollIntoView({block:'center'});show([i]);
      });
    });
  });
  document.querySelectorAll('table.sortable').forEach(function(table){
    const heads=table.querySelectorAll('th');
    heads.forEach(function(th,col){
      th.addEventListener('click',function(){
        const descending=th.getAttribute('aria-sort')!=='descending';
        heads.forEach(function(h){h.removeAttribute('aria-sort');});
        th.setAttribute('aria-sort',descending?'descending':'ascending');
        const body=table.tBodies[0];const rows=Array.from(body.rows);
        const text=th.classList.contains('path');
        rows.sort(function(a,b){
          const x=a.cells[col].dataset.v??a.cells[col].textContent,y=b.cells[col].dataset.v??b.cells[col].textContent;
          const c=text?x.localeCompare(y):Number(x)-Number(y);return descending?-c:c;
        });
        rows.forEach(function(r){body.appendChild(r);});
      });
    });
  });
})();
)JS";

std::string category_colour(Category category) {
  switch (category) {
    case Category::spinner: return "#d62728";
    case Category::citation: return "#9467bd";
    case Category::ocr: return "#8c564b";
    case Category::boilerplate: return "#7f7f7f";
    case Category::disclaimer: return "#1f77b4";
    case Category::claim: return "#ff7f0e";
    case Category::risk: return "#e377c2";
    case Category::attribution: return "#17becf";
    case Category::duplicate: return "#bcbd22";
  }
  return "#999";
}

std::size_t category_index(Category category) {
  return static_cast<std::size_t>(std::find(all_categories.begin(), all_categories.end(), category) - all_categories.begin());
}

// JSON inside <script>: '<' is written as \u003c so no "</script>" or "<!--" can end it early.
std::string script_json(const ordered_json& value) {
  const std::string text = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c == '<') out += "\\u003c";
    else out += c;
  }
  return out;
}

std::string chips(const std::array<std::size_t, all_categories.size()>& counts) {
  std::string out;
  for (std::size_t c = 0; c < all_categories.size(); ++c) {
    if (counts[c] == 0) continue;
    const std::string name(to_string(all_categories[c]));
    out += "<span class=\"chip c-" + name + "\">" + name + " " + std::to_string(counts[c]) + "</span>";
  }
  return out.empty() ? "<span class=\"muted\">no findings</span>" : out;
}

}  // namespace

FileTally tally_of(const FileReport& report, std::string href) {
  FileTally tally;
  tally.path = report.path;
  tally.href = std::move(href);
  for (const ReportedFinding& f : report.findings) {
    ++tally.findings;
    ++tally.by_severity[static_cast<std::size_t>(f.severity)];
    ++tally.by_category[category_index(f.category)];
  }
  return tally;
}

std::string html_page(const std::string& title, const std::string& body) {
  return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">"
         "<title>" +
         escape_markup(title) + "</title><style>" + style + "</style></head><body>\n" + body + "\n<script>" + script +
         "</script></body></html>\n";
}

std::string html_file_section(const FileReport& report, const std::vector<RuleDescriptor>& rules, const std::string& anchor) {
  const std::string& source = report.source;
  std::map<std::string_view, const RuleDescriptor*> rule_by_id;
  for (const RuleDescriptor& r : rules) rule_by_id.emplace(r.id, &r);

  ordered_json data;
  data["findings"] = ordered_json::array();
  data["rules"] = ordered_json::object();
  std::set<std::size_t> cuts = {0, source.size()};
  std::vector<std::size_t> spans;
  for (std::size_t i = 0; i < report.findings.size(); ++i) {
    const ReportedFinding& f = report.findings[i];
    ordered_json item = {{"rule", f.rule}, {"category", to_string(f.category)}, {"severity", to_string(f.severity)},
                         {"line", f.line}, {"message", f.message}};
    if (f.suggestion) item["suggestion"] = *f.suggestion;
    data["findings"].push_back(std::move(item));
    if (const auto it = rule_by_id.find(f.rule); it != rule_by_id.end() && !data["rules"].contains(f.rule)) {
      data["rules"][f.rule] = {{"summary", it->second->summary}, {"explanation", it->second->explanation}};
    }
    if (f.scope == Scope::span && f.source_end > f.source_begin && f.source_end <= source.size()) {
      spans.push_back(i);
      cuts.insert(f.source_begin);
      cuts.insert(f.source_end);
    }
  }

  std::string body = "<section class=\"file\" data-medlint id=\"" + anchor + "\"><h2>" + escape_markup(report.path) + "</h2>\n";
  body += "<div>" + chips(tally_of(report, "").by_category) + "</div>\n";
  std::string document_items;
  for (std::size_t i = 0; i < report.findings.size(); ++i) {
    const ReportedFinding& f = report.findings[i];
    if (f.scope != Scope::document) continue;
    document_items += "<li data-f=\"" + std::to_string(i) + "\"><span class=\"chip c-" + std::string(to_string(f.category)) + "\">" +
                      std::string(to_string(f.severity)) + "</span><code>" + escape_markup(f.rule) + "</code> " + escape_markup(f.message) +
                      "</li>";
  }
  if (!document_items.empty()) body += "<h3>About the whole article</h3><ul class=\"finding-list\">" + document_items + "</ul>\n";

  // Runs between consecutive cuts; each knows which span findings cover it.
  body += "<pre class=\"source\">";
  std::vector<char> started(report.findings.size(), 0);
  // One sweep over the runs: spans enter the active set where they begin and leave where
  // they end; every cut is a span boundary, so an active span covers the whole run.
  std::stable_sort(spans.begin(), spans.end(),
                   [&](std::size_t a, std::size_t b) { return report.findings[a].source_begin < report.findings[b].source_begin; });
  std::set<std::size_t> active;  // finding indices, in report order
  std::size_t next_span = 0;
  for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
    const std::size_t begin = *it, end = *std::next(it);
    std::erase_if(active, [&](std::size_t i) { return report.findings[i].source_end <= begin; });
    while (next_span < spans.size() && report.findings[spans[next_span]].source_begin <= begin) active.insert(spans[next_span++]);
    const std::vector<std::size_t> covering(active.begin(), active.end());
    const std::string text = escape_markup(std::string_view(source).substr(begin, end - begin));
    if (covering.empty()) {
      body += text;
      continue;
    }
    const ReportedFinding* worst = &report.findings[covering.front()];
    std::string ids, title;
    for (const std::size_t i : covering) {
      const ReportedFinding& f = report.findings[i];
      if (f.severity > worst->severity) worst = &f;
      ids += (ids.empty() ? "" : ",") + std::to_string(i);
      title += (title.empty() ? "" : "\n") + f.rule + ": " + f.message;
    }
    body += "<mark class=\"c-" + std::string(to_string(worst->category)) + " sev-" + std::string(to_string(worst->severity)) +
            "\" data-f=\"" + ids + "\" title=\"" + escape_markup(title) + "\"";
    for (const std::size_t i : covering) {
      if (!started[i]) {
        started[i] = 1;
        body += " data-first=\"" + std::to_string(i) + "\"";
        break;
      }
    }
    body += ">" + text + "</mark>";
  }
  body += "</pre>\n<div class=\"detail\" hidden></div>\n";
  std::sort(spans.begin(), spans.end());  // the list below is in report order
  if (!spans.empty()) {
    body += "<h3>Findings in the text</h3><ul class=\"finding-list\">";
    for (const std::size_t i : spans) {
      const ReportedFinding& f = report.findings[i];
      body += "<li data-f=\"" + std::to_string(i) + "\"><span class=\"chip c-" + std::string(to_string(f.category)) + "\">" +
              std::to_string(f.line) + ":" + std::to_string(f.column) + " " + std::string(to_string(f.severity)) + "</span><code>" +
              escape_markup(f.rule) + "</code> " + escape_markup(f.message) + "</li>";
    }
    body += "</ul>\n";
  }
  body += "<script type=\"application/json\" class=\"medlint-data\">" + script_json(data) + "</script></section>\n";
  return body;
}

std::string html_index_section(const std::vector<FileTally>& files, const std::string& version) {
  std::vector<const FileTally*> order;
  std::array<std::size_t, all_categories.size()> totals{};
  std::size_t total = 0;
  for (const FileTally& f : files) {
    order.push_back(&f);
    for (std::size_t c = 0; c < totals.size(); ++c) totals[c] += f.by_category[c];
    total += f.findings;
  }
  // Worst first: errors, then warnings, then all findings; ties by path.
  std::stable_sort(order.begin(), order.end(), [](const FileTally* a, const FileTally* b) {
    return std::make_tuple(b->by_severity[2], b->by_severity[1], b->findings, a->path) <
           std::make_tuple(a->by_severity[2], a->by_severity[1], a->findings, b->path);
  });
  const std::size_t most = std::max<std::size_t>(1, *std::max_element(totals.begin(), totals.end()));
  std::string body = "<section class=\"index\"><p class=\"muted\">" + std::to_string(files.size()) + " file" +
                     (files.size() == 1 ? "" : "s") + ", " + std::to_string(total) + " finding" + (total == 1 ? "" : "s") +
                     "; medlint " + escape_markup(version) + "</p>\n<h2>Findings by category</h2><div class=\"chart\">";
  for (std::size_t c = 0; c < all_categories.size(); ++c) {
    const std::string name(to_string(all_categories[c]));
    body += "<span>" + name + "</span><div class=\"bar\" data-category=\"" + name + "\" style=\"width:" +
            std::to_string(totals[c] * 100 / most) + "%;background:" + category_colour(all_categories[c]) + "\"></div><span>" +
            std::to_string(totals[c]) + "</span>";
  }
  body += "</div>\n<h2>Files</h2><div class=\"table-wrap\"><table class=\"sortable\"><thead><tr><th class=\"path\">file</th><th>findings</th><th>error</th>"
          "<th>warning</th><th>info</th>";
  for (const Category c : all_categories) body += "<th>" + std::string(to_string(c)) + "</th>";
  body += "</tr></thead><tbody>\n";
  for (const FileTally* f : order) {
    const std::string path = escape_markup(f->path);
    body += "<tr><td class=\"path\" data-v=\"" + path + "\">" + (f->href.empty() ? path : "<a href=\"" + escape_markup(f->href) + "\">" + path + "</a>") +
            "</td><td>" + std::to_string(f->findings) + "</td>";
    for (std::size_t s = 3; s-- > 0;) body += "<td>" + std::to_string(f->by_severity[s]) + "</td>";
    for (const std::size_t count : f->by_category) body += "<td>" + std::to_string(count) + "</td>";
    body += "</tr>\n";
  }
  body += "</tbody></table></div></section>\n";
  return body;
}

}  // namespace medlint
