// The file work of a year of use, against nlohmann_json doing the least that work can be:
//   load:   load_plan_file (read, hash, strict UTF-8/depth/duplicate-key checks, decode, validate)
//           against reading the same file and nlohmann::json::parse of its bytes;
//   encode: encode_plan against nlohmann's dump (2-space indent) of the same document;
//   save:   a plan save (the check that nobody changed the file, the backup, the durable
//           atomic write) against the dump written with the same durable atomic write.
// Each for one full-year plan and for a folder of ten of them (Google Benchmark).
#include <benchmark/benchmark.h>

#include <nlohmann/json.hpp>

#include "bench_plan.hpp"
#include "storage/atomic_write.hpp"
#include "storage/content_hash.hpp"
#include "storage/plan_file.hpp"
#include "storage/read_file.hpp"

namespace mandalart::bench {

namespace {

std::vector<std::string> paths(int files) {
    std::vector<std::string> all = shared_bench_folder().plan_paths();
    return {all.end() - files, all.end()};
}

void load_mandalart(benchmark::State& state, int files) {
    const std::vector<std::string> plans = paths(files);
    for (auto _ : state)
        for (const std::string& path : plans) {
            LoadedPlan loaded = load_plan_file(path);
            if (!loaded.error.empty()) state.SkipWithError(loaded.error.c_str());
            benchmark::DoNotOptimize(loaded);
        }
}

void load_bare(benchmark::State& state, int files) {
    const std::vector<std::string> plans = paths(files);
    for (auto _ : state)
        for (const std::string& path : plans) {
            nlohmann::json value = nlohmann::json::parse(read_file(path).bytes);
            benchmark::DoNotOptimize(value);
        }
}

void encode_mandalart(benchmark::State& state, int files) {
    std::vector<Plan> plans;
    for (const std::string& path : paths(files)) plans.push_back(load_plan_file(path).plan);
    for (auto _ : state)
        for (const Plan& plan : plans) benchmark::DoNotOptimize(encode_plan(plan));
}

void encode_bare(benchmark::State& state, int files) {
    std::vector<nlohmann::json> values;
    for (const std::string& path : paths(files)) values.push_back(nlohmann::json::parse(read_file(path).bytes));
    for (auto _ : state)
        for (const nlohmann::json& value : values) benchmark::DoNotOptimize(value.dump(2));
}

// Each round saves a changed plan (one week note differs), as an autosave after an edit does:
// the file on disk is checked, the version replaced goes to the backups.
void save_mandalart(benchmark::State& state, int files) {
    std::vector<Document> documents;
    for (const std::string& path : paths(files)) {
        LoadedPlan loaded = load_plan_file(path);
        documents.emplace_back(loaded.plan, path);
        documents.back().set_disk_hash(loaded.hash);
    }
    int round = 0;
    for (auto _ : state) {
        ++round;
        for (Document& document : documents) {
            document.apply(SetWeekNote{1, "저장 " + std::to_string(round)});
            const SaveResult saved = save_document(document, SaveOptions{real_file_system()});
            if (!saved.error.empty()) state.SkipWithError(saved.error.c_str());
        }
    }
}

void save_bare(benchmark::State& state, int files) {
    std::vector<std::pair<std::string, nlohmann::json>> values;
    for (const std::string& path : paths(files)) values.emplace_back(path, nlohmann::json::parse(read_file(path).bytes));
    for (auto _ : state)
        for (const auto& [path, value] : values) {
            const std::string error = atomic_write(real_file_system(), path, value.dump(2));
            if (!error.empty()) state.SkipWithError(error.c_str());
        }
}

constexpr int kYear = 1;
constexpr int kFolder = kFolderYears;

BENCHMARK_CAPTURE(load_mandalart, year, kYear)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(load_bare, year, kYear)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(load_mandalart, folder, kFolder)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(load_bare, folder, kFolder)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(encode_mandalart, year, kYear)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(encode_bare, year, kYear)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(encode_mandalart, folder, kFolder)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(encode_bare, folder, kFolder)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(save_mandalart, year, kYear)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(save_bare, year, kYear)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(save_mandalart, folder, kFolder)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(save_bare, folder, kFolder)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace mandalart::bench

// The folder is written before any benchmark runs, so that none of them counts writing it.
int main(int argc, char** argv) {
    mandalart::bench::shared_bench_folder();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
