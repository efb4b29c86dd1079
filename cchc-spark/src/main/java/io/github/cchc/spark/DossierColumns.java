package io.github.cchc.spark;

import io.github.cchc.scoring.dossier.DossierRowCheck.Column;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Where the dossier columns are in a dataset's schema, found by name with the CSV reader's English and Vietnamese
 * aliases, and what is wrong with the schema if a required column is missing or one is named twice. Extra columns
 * are ignored, as the CSV reader ignores them.
 */
final class DossierColumns implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Column[] COLUMNS = Column.values();

  /** The position of each column in the schema, by {@link Column#ordinal()}, -1 if absent. */
  final int[] index;
  /** The name the schema gives each column, by {@link Column#ordinal()}. */
  final String[] names;
  /** The missing required columns as the CSV reader names them, empty if none. */
  final String missing;
  /** The columns named twice, empty if none. */
  final String repeated;

  private DossierColumns(int[] index, String[] names, String missing, String repeated) {
    this.index = index;
    this.names = names;
    this.missing = missing;
    this.repeated = repeated;
  }

  static DossierColumns of(StructType schema) {
    int[] index = new int[COLUMNS.length];
    String[] names = new String[COLUMNS.length];
    Arrays.fill(index, -1);
    List<String> repeated = new ArrayList<>();
    StructField[] fields = schema.fields();
    for (int i = 0; i < fields.length; i++) {
      String name = fields[i].name();
      Column c = Column.forHeader(name).orElse(null);
      if (c == null) {
        continue;
      }
      if (index[c.ordinal()] >= 0) {
        repeated.add(name);
      }
      index[c.ordinal()] = i;
      names[c.ordinal()] = name;
    }
    StringJoiner missing = new StringJoiner(", ");
    for (Column c : COLUMNS) {
      if (c.required() && index[c.ordinal()] < 0) {
        missing.add(c.englishName() + " (" + c.vietnameseName() + ")");
      }
    }
    return new DossierColumns(index, names, missing.toString(), String.join(", ", repeated));
  }

  boolean usable() {
    return missing.isEmpty() && repeated.isEmpty();
  }
}
