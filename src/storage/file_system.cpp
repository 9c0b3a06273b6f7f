#include "storage/file_system.hpp"

namespace mandalart {

const char* save_step_name(SaveStep step) {
    switch (step) {
        case SaveStep::Open: return "creating a temporary file";
        case SaveStep::Write: return "writing";
        case SaveStep::Fsync: return "flushing to disk";
        case SaveStep::Close: return "closing";
        case SaveStep::Rename: return "replacing the file";
        case SaveStep::SyncFolder: return "flushing the folder";
    }
    return "saving";
}

}  // namespace mandalart
