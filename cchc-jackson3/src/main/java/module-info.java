/** The cchc JSON formats for Jackson 3. */
// The name says which Jackson it is for, terminal digit included.
@SuppressWarnings("module")
module io.github.cchc.jackson3 {
  requires transitive io.github.cchc.scoring;
  requires transitive tools.jackson.databind;

  exports io.github.cchc.jackson3;

  provides tools.jackson.databind.JacksonModule with io.github.cchc.jackson3.CchcJackson3Module;
}
