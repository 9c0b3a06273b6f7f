// The command line's channel to the editor is not in the Windows build yet: the editor does not
// listen, and a command line that changes a plan open in the editor is refused by the lock with
// the line saying who holds it, as on Linux without $XDG_RUNTIME_DIR. docs/PORTING.md says what
// a named pipe with a per-user security descriptor would take.
#include "storage/plan_channel.hpp"

namespace mandalart {

std::string channel_path(const std::string&) { return {}; }

std::string ChannelServer::start(const std::string&, std::function<void()>) {
    return "no channel for the command line in the Windows build";
}

void ChannelServer::stop() {}

void ChannelServer::serve(const std::function<std::string(const std::string&)>&) {}

bool ChannelServer::waiting() const { return false; }

ChannelReply ask_channel(const std::string&, const std::string&, int) { return {}; }

}  // namespace mandalart
