#pragma once
// The command table's help in Korean (cli/commands.cpp holds the English): what `mandalart help`
// and `mandalart help COMMAND` print under a Korean locale or with --lang ko.
#include <string>

namespace mandalart::cli {

struct KoreanHelp {
    const char* summary;
    const char* details;
};

// nullptr for a name the table does not have.
const KoreanHelp* korean_help(const std::string& command);

}  // namespace mandalart::cli
