#pragma once
// A Windows error code as the errno value the storage layer reports (its messages come from
// strerror, as on Linux): a file in use by another program (an antivirus, the search indexer,
// OneDrive) is EBUSY, the rest as the C library maps them.
#include <string>

namespace mandalart {

int errno_of(unsigned long windows_error);
// The errno value for the calling thread's last Windows error.
int last_errno();

}  // namespace mandalart
