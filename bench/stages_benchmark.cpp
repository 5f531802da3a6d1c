// Google Benchmark of the engine stages on a generated corpus held in memory: decode,
// segment (Document and its sentences; rules find the words they need on demand, which
// counts in match), prefilter (the one literal scan), match (every rule
// but the claim rules), claims (claim and risk rules with the profiles), report (resolve +
// JSON), the whole default rule set, each rule alone, and how time grows with the number of
// phrase entries. Throughput is reported as bytes_per_second (MB/s) and items_per_second
// (files/s). Sizes: --corpus-mb=1,100 (default 1); the seed is fixed, so runs compare.
#include <benchmark/benchmark.h>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>

#include "bench/article_generator.hpp"
#include "claims/profile_catalog.hpp"
#include "engine/engine.hpp"
#include "engine/file_linter.hpp"
#include "input/decode.hpp"
#include "prefilter/literal_prefilter.hpp"
#include "report/reporter.hpp"
#include "report/resolve.hpp"
#include "rules/rule_set.hpp"

namespace {

using namespace medlint;

struct Corpus {
  std::vector<std::string> texts;
  std::size_t bytes = 0;
};

std::vector<std::string> tortured_forms() {
  std::ifstream in(MEDLINT_SOURCE_DIR "/rules/tortured-phrases.json");
  const nlohmann::json pack = nlohmann::json::parse(in);
  std::vector<std::string> forms;
  for (const auto& [form, fixed] : pack.at("rules").at(0).at("swap").items()) forms.push_back(form);
  return forms;
}

std::vector<std::string> vocabulary() {
  std::ifstream in("/usr/share/hunspell/en_US.dic");
  std::vector<std::string> words;
  for (std::string line; std::getline(in, line);) {
    const std::string word = line.substr(0, line.find('/'));
    if (word.size() >= 3 && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; })) words.push_back(word);
  }
  return words;
}

const Corpus& corpus(std::size_t megabytes) {
  static std::map<std::size_t, Corpus> cache;
  Corpus& c = cache[megabytes];
  if (c.texts.empty()) {
    bench::ArticleGenerator generator(1, tortured_forms(), vocabulary());
    while (c.bytes < megabytes * 1000000) {
      c.texts.push_back(generator.next().text);
      c.bytes += c.texts.back().size();
    }
  }
  return c;
}

const RuleSet& default_rules() {
  static const RuleSet set = load_rule_set(true, {});
  return set;
}

const ProfileCatalog& catalog() {
  static const ProfileCatalog catalog = load_profile_catalog(true, {});
  return catalog;
}

bool is_claim_rule(const Rule* rule) {
  return rule->meta().category == Category::claim || rule->meta().category == Category::risk;
}

std::vector<const Rule*> rules_where(bool claims) {
  std::vector<const Rule*> out;
  for (const Rule* rule : default_rules().select({}, {})) {
    if (is_claim_rule(rule) == claims) out.push_back(rule);
  }
  return out;
}

// Documents built (and split into sentences) once, so match-only stages measure the rules
// alone, word look-ups included.
const std::vector<std::unique_ptr<Document>>& documents(std::size_t megabytes) {
  static std::map<std::size_t, std::vector<std::unique_ptr<Document>>> cache;
  auto& docs = cache[megabytes];
  if (docs.empty()) {
    for (const std::string& text : corpus(megabytes).texts) {
      docs.push_back(std::make_unique<Document>("bench.txt", text));
      (void)docs.back()->sentences();
    }
  }
  return docs;
}

void set_throughput(benchmark::State& state, const Corpus& c) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * c.texts.size()));
}

void lint_all(benchmark::State& state, const Engine& engine, std::size_t mb) {
  const auto& docs = documents(mb);
  for (auto _ : state) {
    std::size_t findings = 0;
    for (const auto& doc : docs) findings += engine.lint(*doc).findings.size();
    benchmark::DoNotOptimize(findings);
  }
  set_throughput(state, corpus(mb));
}

void BM_Decode(benchmark::State& state) {
  const Corpus& c = corpus(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    for (const std::string& text : c.texts) benchmark::DoNotOptimize(decode_bytes(text));
  }
  set_throughput(state, c);
}

void BM_Segment(benchmark::State& state) {
  const Corpus& c = corpus(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    for (const std::string& text : c.texts) {
      const Document doc("bench.txt", text);
      benchmark::DoNotOptimize(doc.sentences().size());
    }
  }
  set_throughput(state, c);
}

void BM_Prefilter(benchmark::State& state) {
  const auto mb = static_cast<std::size_t>(state.range(0));
  const Engine engine(default_rules().select({}, {}), &catalog());
  const auto& docs = documents(mb);
  for (auto _ : state) {
    for (const auto& doc : docs) benchmark::DoNotOptimize(engine.prefilter().scan(doc->text()));
  }
  set_throughput(state, corpus(mb));
  state.counters["literals"] = static_cast<double>(engine.prefilter().literal_count());
}

void BM_Match(benchmark::State& state) { lint_all(state, Engine(rules_where(false), &catalog()), static_cast<std::size_t>(state.range(0))); }

void BM_Claims(benchmark::State& state) { lint_all(state, Engine(rules_where(true), &catalog()), static_cast<std::size_t>(state.range(0))); }

void BM_Report(benchmark::State& state) {
  const auto mb = static_cast<std::size_t>(state.range(0));
  const Engine engine(default_rules().select({}, {}), &catalog());
  const auto& docs = documents(mb);
  std::vector<LintResult> results;
  for (const auto& doc : docs) results.push_back(engine.lint(*doc));
  for (auto _ : state) {
    std::ostringstream out;
    auto reporter = make_reporter(OutputFormat::json, out, ReporterOptions{});
    Summary summary;
    for (std::size_t i = 0; i < docs.size(); ++i) {
      FileReport report{"bench.txt", {}, {}, {}, docs[i]->source().size(), {}, {}};
      for (const Finding& f : results[i].findings) report.findings.push_back(resolve_finding(f, *docs[i]));
      summary.add(report);
      reporter->file(report);
    }
    reporter->finish(summary);
    benchmark::DoNotOptimize(out.str().size());
  }
  set_throughput(state, corpus(mb));
}

// Everything a file goes through after reading: decode, Document, all rules, resolve.
void BM_WholePipeline(benchmark::State& state) {
  const auto mb = static_cast<std::size_t>(state.range(0));
  const Engine engine(default_rules().select({}, {}), &catalog());
  const Corpus& c = corpus(mb);
  std::ostringstream sink;
  Diagnostics diagnostics(sink);
  for (auto _ : state) {
    std::size_t findings = 0;
    for (const std::string& text : c.texts) findings += lint_text("bench.txt", text, engine, diagnostics).findings.size();
    benchmark::DoNotOptimize(findings);
  }
  set_throughput(state, c);
}

// A substitute pack of `entries` phrases: the tortured forms, then two-word phrases of
// dictionary words (which ordinary text does not contain in that order).
RuleSet default_rules_plus_phrases(std::size_t entries) {
  const std::vector<std::string> forms = tortured_forms();
  const std::vector<std::string> words = vocabulary();
  nlohmann::json swap = nlohmann::json::object();
  for (std::size_t i = 0; swap.size() < entries; ++i) {
    const std::string phrase = i < forms.size() ? forms[i] : words[(i * 7919) % words.size()] + " " + words[(i * 104729 + 13) % words.size()];
    swap[phrase] = "replacement";
  }
  const nlohmann::json pack = {{"pack", "bench-phrases"},
                               {"rules", {{{"id", "spinner/bench-phrases"},
                                           {"category", "spinner"},
                                           {"severity", "warning"},
                                           {"kind", "substitute"},
                                           {"message", "'{match}' is a benchmark phrase"},
                                           {"explain", {{"text", "benchmark"}, {"bad", "x"}, {"good", "y"}}},
                                           {"swap", swap}}}}};
  const std::string path = "/tmp/medlint-bench-phrases-" + std::to_string(entries) + ".json";
  std::ofstream(path) << pack.dump();
  return load_rule_set(true, {path});
}

void BM_PhraseEntries(benchmark::State& state) {
  static std::map<std::int64_t, RuleSet> sets;
  if (!sets.count(state.range(1))) sets.emplace(state.range(1), default_rules_plus_phrases(static_cast<std::size_t>(state.range(1))));
  const RuleSet& set = sets.at(state.range(1));
  const Engine engine(set.select({}, {}), &catalog());
  lint_all(state, engine, static_cast<std::size_t>(state.range(0)));
  state.counters["entries"] = static_cast<double>(state.range(1));
}

// The one-pass scan with only `clients`' literals and patterns, with their hits per MB.
void scan_alone(benchmark::State& state, const std::vector<const PrefilterClient*>& clients) {
  const LiteralPrefilter prefilter(clients);
  const auto& docs = documents(static_cast<std::size_t>(state.range(0)));
  std::size_t hits = 0;
  for (auto _ : state) {
    for (const auto& doc : docs) {
      const PrefilterHits found = prefilter.scan(doc->text());
      for (const PrefilterClient* client : clients) {
        std::size_t base = 0;
        if (const auto starts = found.starts(*client, doc->text(), base)) hits += starts->size();
      }
    }
  }
  set_throughput(state, corpus(static_cast<std::size_t>(state.range(0))));
  state.counters["hits_per_MB"] = benchmark::Counter(static_cast<double>(hits) / static_cast<double>(state.iterations()) /
                                                     (static_cast<double>(corpus(static_cast<std::size_t>(state.range(0))).bytes) / 1e6));
}

// The scan with only this rule's literals and patterns: which rules make it slow.
void BM_RuleScan(benchmark::State& state, std::string id) {
  std::vector<const PrefilterClient*> clients;
  default_rules().find(id)->prefilter_clients(clients);
  scan_alone(state, clients);
}

// One matcher of a rule alone in the scan: which pattern or literal list makes a rule's scan
// slow. The label is its superset pattern (a split one as head ... tail) or its literal count.
void BM_MatcherScan(benchmark::State& state, std::string id, std::size_t index) {
  std::vector<const PrefilterClient*> all;
  default_rules().find(id)->prefilter_clients(all);
  const PrefilterClient* client = all.at(index);
  scan_alone(state, {client});
  const auto& pattern = client->prefilter_pattern();
  state.SetLabel(pattern ? (pattern->split ? pattern->split->head + " ... " + pattern->split->tail : pattern->expression).substr(0, 160)
                         : std::to_string(client->prefilter_literals().size()) + " literals");
}

void BM_Rule(benchmark::State& state, std::string id) {
  const Engine engine({default_rules().find(id)}, &catalog());
  lint_all(state, engine, static_cast<std::size_t>(state.range(0)));
}

// Every default rule but one: the difference to `all` is what that rule adds in the real mix
// (its share of the scan and of shared work such as profile detection included only where
// no other rule needs it).
void BM_Without(benchmark::State& state, std::string id) {
  std::vector<const Rule*> rules;
  for (const Rule* rule : default_rules().select({}, {})) {
    if (rule->meta().id != id) rules.push_back(rule);
  }
  lint_all(state, Engine(rules, &catalog()), static_cast<std::size_t>(state.range(0)));
}

void BM_All(benchmark::State& state) { lint_all(state, Engine(default_rules().select({}, {}), &catalog()), static_cast<std::size_t>(state.range(0))); }

std::vector<std::int64_t> sizes_from_flags(int& argc, char** argv) {
  std::vector<std::int64_t> sizes;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg.rfind("--corpus-mb=", 0) != 0) continue;
    std::stringstream list(arg.substr(12));
    for (std::string item; std::getline(list, item, ',');) sizes.push_back(std::stoll(item));
    for (int j = i; j + 1 < argc; ++j) argv[j] = argv[j + 1];
    --argc;
    break;
  }
  if (sizes.empty()) sizes.push_back(1);
  return sizes;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::int64_t> sizes = sizes_from_flags(argc, argv);
  for (const std::int64_t mb : sizes) {
    benchmark::RegisterBenchmark("decode", BM_Decode)->Arg(mb)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("segment", BM_Segment)->Arg(mb)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("prefilter", BM_Prefilter)->Arg(mb)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("match", BM_Match)->Arg(mb)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("claims", BM_Claims)->Arg(mb)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("report", BM_Report)->Arg(mb)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("pipeline", BM_WholePipeline)->Arg(mb)->Unit(benchmark::kMillisecond);
    for (const std::int64_t entries : {100, 1000, 10000}) {
      benchmark::RegisterBenchmark("phrase_entries", BM_PhraseEntries)->Args({mb, entries})->Unit(benchmark::kMillisecond);
    }
    benchmark::RegisterBenchmark("all", BM_All)->Arg(mb)->Unit(benchmark::kMillisecond);
    for (const Rule* rule : default_rules().select({}, {})) {
      benchmark::RegisterBenchmark(("without/" + rule->meta().id).c_str(), BM_Without, rule->meta().id)->Arg(mb)->Unit(benchmark::kMillisecond);
      benchmark::RegisterBenchmark(("rule/" + rule->meta().id).c_str(), BM_Rule, rule->meta().id)->Arg(mb)->Unit(benchmark::kMillisecond);
      benchmark::RegisterBenchmark(("scan/" + rule->meta().id).c_str(), BM_RuleScan, rule->meta().id)->Arg(mb)->Unit(benchmark::kMillisecond);
      std::vector<const PrefilterClient*> clients;
      rule->prefilter_clients(clients);
      for (std::size_t i = 0; i < clients.size(); ++i) {
        benchmark::RegisterBenchmark(("matcher-scan/" + rule->meta().id + "/" + std::to_string(i)).c_str(), BM_MatcherScan, rule->meta().id, i)
            ->Arg(mb)
            ->Unit(benchmark::kMillisecond);
      }
    }
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
}
