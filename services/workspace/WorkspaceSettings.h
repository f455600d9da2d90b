// Keys and defaults of the workspace-wide settings stored in the settings table.
#pragma once

namespace custos::workspace {

namespace settingsKey {
inline constexpr const char* kWorkspaceId = "workspace_id";
inline constexpr const char* kCreatedAt = "created_at";
inline constexpr const char* kIdleLockMinutes = "idle_lock_minutes";
inline constexpr const char* kKdfMemoryKiB = "kdf_memory_kib";
inline constexpr const char* kKdfIterations = "kdf_iterations";
inline constexpr const char* kKdfParallelism = "kdf_parallelism";
} // namespace settingsKey

inline constexpr int kDefaultIdleLockMinutes = 10;
inline constexpr int kMaxIdleLockMinutes = 24 * 60;

} // namespace custos::workspace
