#include "sources/profilesource.h"

#include "sources/filesource.h"
#include "sources/stdinsource.h"

namespace qad {

Expected<std::unique_ptr<ProfileSource>> openProfileSource(const QString &path, const SourceOptions &options)
{
    if (path == u"-") {
        return std::unique_ptr<ProfileSource>(std::make_unique<StdinSource>());
    }
    auto file = FileSource::open(path, options);
    if (!file) {
        return file.error();
    }
    return std::unique_ptr<ProfileSource>(std::move(file).value());
}

} // namespace qad
