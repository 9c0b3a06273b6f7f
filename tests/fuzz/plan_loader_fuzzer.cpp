// libFuzzer target for the plan loader: any bytes either give one error line, or a plan that
// writes back and reads again to the same plan, and whose statistics can be computed.
// Built by scripts/fuzz.sh (clang, -fsanitize=fuzzer,address,undefined).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/stats.hpp"
#include "storage/plan_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace mandalart;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const DecodedPlan decoded = decode_plan(bytes, "fuzz");
    if (!decoded.error.empty()) {
        if (decoded.error.find('\n') != std::string::npos) __builtin_trap();  // one line, always
        return 0;
    }
    const DecodedPlan again = decode_plan(encode_plan(decoded.plan), "fuzz");
    if (!again.error.empty() || !(again.plan == decoded.plan)) __builtin_trap();
    plan_stats(decoded.plan, Date{decoded.plan.year, 12, 31});
    return 0;
}
