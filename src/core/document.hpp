#pragma once
// The open plan: its content, where it lives, its undo history and whether it is saved.
// Views read a const Document& and hand back Edits; only the app applies them.
#include <cstdint>
#include <optional>
#include <string>

#include "core/history.hpp"
#include "core/plan.hpp"

namespace mandalart {

class Document {
public:
    Document() = default;
    Document(Plan plan, std::string path) : plan_(std::move(plan)), path_(std::move(path)) {}

    const Plan& plan() const { return plan_; }
    const std::string& path() const { return path_; }
    void set_path(std::string path) { path_ = std::move(path); }

    // The content hash of the file as last read or written (nullopt: not on disk yet), so a save
    // can tell when another program has changed the file since.
    std::optional<std::uint64_t> disk_hash() const { return disk_hash_; }
    void set_disk_hash(std::optional<std::uint64_t> hash) { disk_hash_ = hash; }

    // A file written by a newer format version, or locked by another program, is opened read-only.
    bool read_only() const { return read_only_; }
    void set_read_only(bool value) { read_only_ = value; }

    // Checks and applies an edit. Returns why it was refused, or empty on success.
    // An edit that changes nothing is accepted and not recorded.
    // `amend`: the edit continues the last one (the same note typed on after a pause): when the
    // last step set the same note, it becomes part of that step (one undo takes both back).
    std::string apply(const Edit& edit, bool amend = false);
    bool undo();
    bool redo();
    bool can_undo() const { return history_.can_undo(); }
    bool can_redo() const { return history_.can_redo(); }

    bool dirty() const { return history_.dirty(); }
    void mark_saved() { history_.mark_saved(); }
    void mark_unsaved() { history_.mark_unsaved(); }
    // Increases on every change of the plan (edit, undo, redo): views cache by it.
    std::uint64_t revision() const { return revision_; }

private:
    Plan plan_ = make_blank_plan(2026);
    std::string path_;
    History history_;
    std::optional<std::uint64_t> disk_hash_;
    bool read_only_ = false;
    std::uint64_t revision_ = 0;
};

}  // namespace mandalart
