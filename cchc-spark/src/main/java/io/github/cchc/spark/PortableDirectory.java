package io.github.cchc.spark;

import io.github.cchc.core.json.OrgDirectoryJson;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgUnit;
import java.io.Serializable;
import java.util.List;

/**
 * An organisation directory as it is broadcast to the executors: its JSON, read once per executor. Counts are kept
 * by the position of a unit in the directory, so the copy read back must list the units in the same order; that is
 * checked where the copy is made.
 */
final class PortableDirectory implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String json;
  private transient volatile OrgDirectory directory;

  PortableDirectory(OrgDirectory directory) {
    this.json = OrgDirectoryJson.write(directory);
    OrgDirectory copy = OrgDirectoryJson.read(json, "directory");
    List<String> a = directory.units().stream().map(OrgUnit::id).toList();
    List<String> b = copy.units().stream().map(OrgUnit::id).toList();
    if (!a.equals(b)) {
      throw new IllegalStateException("The directory does not keep its order of units when written as JSON");
    }
    this.directory = directory;
  }

  OrgDirectory get() {
    OrgDirectory d = directory;
    if (d == null) {
      synchronized (this) {
        d = directory;
        if (d == null) {
          d = OrgDirectoryJson.read(json, "directory");
          directory = d;
        }
      }
    }
    return d;
  }
}
