// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casekeyset.h"

#include <QtGlobal>

#include <cstdint>
#include <memory>
#include <vector>

class QTemporaryFile;

namespace Yardstick {

// The case keys (64-bit hashes) an import has met, in memory that does not
// grow with the file: the newest keys in a CaseKeySet of at most
// keysInMemory keys; when it is full they are sorted and appended to a
// temporary file as one run, with every 512th key kept as a fence, and a
// fixed 16 MiB Bloom filter (one cache line a key) says which lookups must
// read a run. A re-import of ten million unchanged cases thus holds 16 MiB
// of keys, a 16 MiB filter and 8 bytes a key on disk, instead of 16 bytes a
// key (and their doubling) in memory.
//
// Lookups are asked only for cases that changed (see CaseRecordBulkWriter),
// and the filter lets through about one in 200 of those at ten million keys
// for one 4 KiB read per run. Should the temporary file fail, the keys stay
// in memory: the answers never depend on the spill.
class SeenCaseKeys final
{
public:
    static constexpr size_t kDefaultKeysInMemory = size_t(1) << 20; // 16 MiB of slots

    explicit SeenCaseKeys(size_t keysInMemory = kDefaultKeysInMemory);
    ~SeenCaseKeys();
    SeenCaseKeys(const SeenCaseKeys &) = delete;
    SeenCaseKeys &operator=(const SeenCaseKeys &) = delete;

    // Forgets every key and gives back the memory and the file.
    void clear();
    void insert(quint64 hash);
    bool contains(quint64 hash);
    // See CaseKeySet::prefetch.
    void prefetch(quint64 hash) const { m_recent.prefetch(nonZero(hash)); }

    // How many runs went to the file (for tests and measurements).
    size_t runs() const { return m_runs.size(); }

private:
    struct Run
    {
        qint64 offset = 0; // in the file, in bytes
        size_t count = 0;
        std::vector<quint64> fences; // the first key of each block
    };

    // 0 marks an empty slot in CaseKeySet; the same key is used throughout.
    static quint64 nonZero(quint64 hash) { return hash == 0 ? 1 : hash; }
    bool spill();
    void addToFilter(quint64 hash);
    bool mayHold(quint64 hash) const;
    bool runHolds(const Run &run, quint64 hash);

    size_t m_keysInMemory;
    CaseKeySet m_recent;
    std::unique_ptr<QTemporaryFile> m_file;
    bool m_fileFailed = false;
    std::vector<Run> m_runs;
    std::vector<quint64> m_filter; // empty until the first spill
    std::vector<quint64> m_block;  // one block read back from a run
};

} // namespace Yardstick
