#pragma once

#include "common/error.h"
#include "profiles/profile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace qad::ui {

// Sample profiles read from a file the user picks in the wizard: one JSON object, a JSON array of objects,
// or NDJSON (SPEC §4). Only a sample: rejected entries are counted, not fatal, as long as one profile reads.
struct ProfileFile
{
    QString path;
    QList<Profile> profiles;
    int rejected = 0;
    QString firstRejection; // "line 3: …", when something was rejected

    QStringList audienceIds() const; // every `ups` audience id, sorted, once each
    QStringList identityNamespaces() const; // as written in the first profile that has each, sorted
    QStringList attributePaths() const; // union over the profiles, sorted
};

inline constexpr qint64 kMaxProfileFileBytes = 16 * 1024 * 1024; // a sample, not a backfill
inline constexpr int kMaxSampleProfiles = 1000;

Expected<ProfileFile> readProfileFile(const QString &path);

} // namespace qad::ui
