#include "crash_model.hpp"

#include <algorithm>
#include <optional>
#include <unordered_set>

#include "storage/atomic_write.hpp"
#include "storage/content_hash.hpp"

namespace mandalart::testing {
namespace {

constexpr std::size_t kBlock = 4096;

enum class Data { Kept, Dropped, Zeroed, Torn, TornZeroed };

struct Loss {
    Data mode = Data::Kept;
    std::size_t blocks = 0;  // Torn, TornZeroed: whole blocks that reached the disk
};

// What one crash state loses of what the prefix did.
struct Choice {
    std::set<std::size_t> undone;             // folder operations that did not reach the disk
    std::map<int, Loss> data;                 // unflushed data, by file
    std::optional<Loss> all_data;             // the same loss for every file with unflushed data
    std::optional<std::size_t> half_rename;   // strict: this rename's target unlinked, not yet linked
    std::string how = "everything done reached the disk";
};

struct FileData {
    std::string data, synced;
};

struct Replay {
    std::map<int, FileData> files;
    std::map<std::string, int> names;
    std::set<std::string> folders;
};

bool is_folder_op(OpKind kind) {
    return kind == OpKind::MakeFolder || kind == OpKind::Create || kind == OpKind::Rename || kind == OpKind::Unlink;
}

// The folder whose flush makes a folder operation durable.
std::string folder_of(const Op& op) { return parent_folder(op.kind == OpKind::Rename ? op.to : op.path); }

Replay replay(const Tree& before, const std::vector<Op>& ops, std::size_t prefix, const Choice& choice) {
    Replay r;
    r.folders = before.folders;
    int id = -1;
    for (const auto& [path, bytes] : before.files) {
        r.files[id] = {bytes, bytes};
        r.names[path] = id--;
    }
    for (std::size_t i = 0; i < prefix; ++i) {
        const Op& op = ops[i];
        const bool undone = choice.undone.count(i) > 0;
        switch (op.kind) {
            case OpKind::MakeFolder:
                if (!undone) r.folders.insert(op.path);
                break;
            case OpKind::Create:
                r.files[op.file] = {};
                if (!undone) r.names[op.path] = op.file;
                break;
            case OpKind::Write: {
                std::string& data = r.files[op.file].data;
                if (data.size() < op.offset + op.data.size()) data.resize(op.offset + op.data.size());
                data.replace(op.offset, op.data.size(), op.data);
                break;
            }
            case OpKind::SyncFile: r.files[op.file].synced = r.files[op.file].data; break;
            case OpKind::Rename: {
                const auto from = r.names.find(op.path);
                if (undone || from == r.names.end()) break;
                if (choice.half_rename == i) {
                    r.names.erase(op.to);
                    break;
                }
                const int file = from->second;
                r.names.erase(from);
                r.names[op.to] = file;
                break;
            }
            case OpKind::Unlink:
                if (!undone) r.names.erase(op.path);
                break;
            case OpKind::SyncFolder:
            case OpKind::Acknowledged: break;
        }
    }
    return r;
}

std::string lose(const FileData& file, const Loss& loss) {
    const std::string& data = file.data;
    switch (loss.mode) {
        case Data::Kept: return data;
        case Data::Dropped: return file.synced;
        case Data::Zeroed: return std::string(data.size(), '\0');
        case Data::Torn: return data.substr(0, loss.blocks * kBlock);
        case Data::TornZeroed: return data.substr(0, loss.blocks * kBlock) + std::string(data.size() - loss.blocks * kBlock, '\0');
    }
    return data;
}

bool dirty(const FileData& file) { return file.data != file.synced; }

CrashState materialise(const Tree& before, const std::vector<Op>& ops, std::size_t prefix, const Choice& choice,
                       const std::set<std::string>& known_folders) {
    const Replay r = replay(before, ops, prefix, choice);
    CrashState state;
    state.prefix = prefix;
    state.how = choice.how;
    for (std::size_t i = 0; i < prefix; ++i) state.acknowledged += ops[i].kind == OpKind::Acknowledged;
    // A folder is there when it was made (or was there) and so is its parent, up to the tree's root.
    const auto present = [&](std::string folder) {
        while (known_folders.count(folder)) {
            if (!r.folders.count(folder)) return false;
            folder = parent_folder(folder);
        }
        return true;
    };
    for (const std::string& folder : r.folders)
        if (present(folder)) state.folders.insert(folder);
    for (const auto& [path, id] : r.names) {
        if (!present(parent_folder(path))) continue;
        const FileData& file = r.files.at(id);
        Loss loss;
        if (dirty(file)) {
            if (choice.all_data) loss = *choice.all_data;
            else if (const auto it = choice.data.find(id); it != choice.data.end()) loss = it->second;
        }
        state.files[path] = lose(file, loss);
    }
    return state;
}

std::uint64_t tree_hash(const CrashState& state) {
    std::string key;
    for (const std::string& folder : state.folders) key += "d " + folder + "\n";
    for (const auto& [path, bytes] : state.files) key += "f " + path + " " + std::to_string(content_hash(bytes)) + "\n";
    return content_hash(key);
}

const char* loss_name(Data mode) {
    switch (mode) {
        case Data::Kept: return "kept";
        case Data::Dropped: return "lost";
        case Data::Zeroed: return "read back as zeros";
        case Data::Torn: return "torn";
        case Data::TornZeroed: return "torn, the rest zeros";
    }
    return "";
}

// The ways the operations before the cut can fail to have reached the disk.
std::vector<Choice> choices(const Tree& before, const std::vector<Op>& ops, std::size_t prefix, bool strict_rename) {
    std::vector<Choice> result{Choice{}};
    const Replay kept = replay(before, ops, prefix, Choice{});
    std::vector<int> unflushed;
    for (const auto& [path, id] : kept.names)
        if (dirty(kept.files.at(id))) unflushed.push_back(id);
    for (const int id : unflushed) {
        const FileData& file = kept.files.at(id);
        const std::string which = "the unflushed data of file " + std::to_string(id);
        result.push_back({{}, {{id, {Data::Dropped, 0}}}, {}, {}, which + " lost"});
        result.push_back({{}, {{id, {Data::Zeroed, 0}}}, {}, {}, which + " read back as zeros"});
        for (std::size_t blocks = 1; blocks * kBlock < file.data.size(); ++blocks)
            for (const Data mode : {Data::Torn, Data::TornZeroed})
                result.push_back({{}, {{id, {mode, blocks}}}, {}, {}, which + " " + loss_name(mode) + " after " + std::to_string(blocks) + " blocks"});
    }
    if (unflushed.size() > 1)
        for (const Data mode : {Data::Dropped, Data::Zeroed})
            result.push_back({{}, {}, Loss{mode, 0}, {}, std::string("all unflushed data ") + loss_name(mode)});

    // Folder operations not yet made durable by a flush of their folder.
    std::vector<std::size_t> pending;
    for (std::size_t i = 0; i < prefix; ++i) {
        if (!is_folder_op(ops[i].kind)) continue;
        const std::string folder = folder_of(ops[i]);
        bool flushed = false;
        for (std::size_t j = i + 1; j < prefix && !flushed; ++j)
            flushed = ops[j].kind == OpKind::SyncFolder && ops[j].path == folder;
        if (!flushed) pending.push_back(i);
    }
    const auto op_name = [&](std::size_t i) { return "operation " + std::to_string(i + 1); };
    if (!pending.empty()) {
        Choice all;
        all.undone.insert(pending.begin(), pending.end());
        all.how = "every unflushed folder operation undone";
        result.push_back(all);
        Choice everything = all;
        everything.all_data = Loss{Data::Dropped, 0};
        everything.how = "every unflushed folder operation undone and all unflushed data lost";
        result.push_back(everything);
        for (std::size_t k = 0; k < pending.size() && pending.size() > 1; ++k) {
            Choice one;
            one.undone = {pending[k]};
            one.how = op_name(pending[k]) + " (a folder operation) undone alone";
            result.push_back(one);
            if (k == 0) continue;
            Choice from;
            from.undone.insert(pending.begin() + static_cast<std::ptrdiff_t>(k), pending.end());
            from.how = "the folder operations from " + op_name(pending[k]) + " on undone";
            result.push_back(from);
        }
    }
    if (strict_rename)
        for (const std::size_t i : pending)
            if (ops[i].kind == OpKind::Rename) {
                Choice half;
                half.half_rename = i;
                half.how = op_name(i) + " (a rename) cut between unlinking its target and linking the new file";
                result.push_back(half);
            }
    return result;
}

}  // namespace

std::vector<CrashState> crash_states(const Tree& before, const std::vector<Op>& ops, bool strict_rename) {
    std::set<std::string> known_folders = before.folders;
    for (const Op& op : ops)
        if (op.kind == OpKind::MakeFolder) known_folders.insert(op.path);
    std::vector<CrashState> states;
    std::unordered_set<std::uint64_t> seen;
    for (std::size_t prefix = 0; prefix <= ops.size(); ++prefix) {
        for (const Choice& choice : choices(before, ops, prefix, strict_rename)) {
            CrashState state = materialise(before, ops, prefix, choice, known_folders);
            // The same tree with fewer acknowledgements is the stricter check: keep the later one.
            const std::uint64_t key = tree_hash(state) ^ (static_cast<std::uint64_t>(state.acknowledged) << 56);
            if (seen.insert(key).second) states.push_back(std::move(state));
        }
    }
    return states;
}

}  // namespace mandalart::testing
