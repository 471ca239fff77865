// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "seencasekeys.h"

#include <QDir>
#include <QTemporaryFile>

#include <algorithm>

namespace Yardstick {

namespace {

constexpr size_t kBlockKeys = 512; // 4 KiB: one read per run and lookup
// The filter: 2^18 cache lines of 512 bits (16 MiB); a key sets 4 bits in
// the line its top 18 bits name, so adding the sorted keys of a run walks
// the filter once from start to end.
constexpr int kLineBits = 18;
constexpr size_t kWordsPerLine = 8;
constexpr size_t kFilterWords = (size_t(1) << kLineBits) * kWordsPerLine;

template<typename Visit>
void filterBits(quint64 hash, Visit &&visit)
{
    const size_t line = size_t(hash >> (64 - kLineBits)) * kWordsPerLine;
    for (int i = 0; i < 4; ++i) {
        const unsigned bit = unsigned(hash >> (9 * i)) & 511u;
        visit(line + bit / 64, quint64(1) << (bit % 64));
    }
}

} // namespace

SeenCaseKeys::SeenCaseKeys(size_t keysInMemory)
    : m_keysInMemory(std::max<size_t>(keysInMemory, 1))
{}

SeenCaseKeys::~SeenCaseKeys() = default;

void SeenCaseKeys::clear()
{
    m_recent = CaseKeySet();
    m_file.reset();
    m_fileFailed = false;
    m_runs.clear();
    m_filter = std::vector<quint64>();
    m_block = std::vector<quint64>();
}

void SeenCaseKeys::insert(quint64 hash)
{
    hash = nonZero(hash);
    if (m_recent.size() >= m_keysInMemory && !m_fileFailed)
        spill();
    m_recent.insert(hash);
}

bool SeenCaseKeys::contains(quint64 hash)
{
    hash = nonZero(hash);
    if (m_recent.contains(hash))
        return true;
    if (m_runs.empty() || !mayHold(hash))
        return false;
    for (const Run &run : m_runs) {
        if (runHolds(run, hash))
            return true;
    }
    return false;
}

bool SeenCaseKeys::spill()
{
    if (!m_file) {
        m_file = std::make_unique<QTemporaryFile>(QDir::tempPath() +
                                                  QStringLiteral("/yardstick-keys-XXXXXX"));
        if (!m_file->open()) {
            m_fileFailed = true;
            return false;
        }
    }
    const qint64 offset =
        m_runs.empty() ? 0 : m_runs.back().offset + qint64(m_runs.back().count * 8);
    Run run;
    const bool written = m_recent.drainSorted([&](const quint64 *keys, size_t count) {
        const qint64 bytes = qint64(count * sizeof(quint64));
        if (!m_file->seek(offset) ||
            m_file->write(reinterpret_cast<const char *>(keys), bytes) != bytes || !m_file->flush())
            return false;
        if (m_filter.empty())
            m_filter.assign(kFilterWords, 0);
        run.offset = offset;
        run.count = count;
        run.fences.reserve((count + kBlockKeys - 1) / kBlockKeys);
        for (size_t i = 0; i < count; ++i) {
            if (i % kBlockKeys == 0)
                run.fences.push_back(keys[i]);
            addToFilter(keys[i]);
        }
        return true;
    });
    if (!written) {
        m_fileFailed = true; // the keys stay in memory from now on
        return false;
    }
    m_runs.push_back(std::move(run));
    return true;
}

void SeenCaseKeys::addToFilter(quint64 hash)
{
    filterBits(hash, [this](size_t word, quint64 bit) { m_filter[word] |= bit; });
}

bool SeenCaseKeys::mayHold(quint64 hash) const
{
    bool all = true;
    filterBits(hash, [&](size_t word, quint64 bit) { all = all && (m_filter[word] & bit) != 0; });
    return all;
}

bool SeenCaseKeys::runHolds(const Run &run, quint64 hash)
{
    const auto fence = std::upper_bound(run.fences.cbegin(), run.fences.cend(), hash);
    if (fence == run.fences.cbegin())
        return false; // below the run's first key
    const size_t block = size_t(fence - run.fences.cbegin()) - 1;
    const size_t first = block * kBlockKeys;
    const size_t count = std::min(kBlockKeys, run.count - first);
    m_block.resize(count);
    const qint64 bytes = qint64(count * sizeof(quint64));
    // A run that cannot be read back answers "not seen", as if the file had
    // never been used; the temporary file is the process's own, so this
    // does not happen short of a failing disk.
    if (!m_file->seek(run.offset + qint64(first * sizeof(quint64))) ||
        m_file->read(reinterpret_cast<char *>(m_block.data()), bytes) != bytes)
        return false;
    return std::binary_search(m_block.cbegin(), m_block.cend(), hash);
}

} // namespace Yardstick
