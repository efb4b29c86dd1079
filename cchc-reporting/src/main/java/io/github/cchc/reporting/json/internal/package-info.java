/** The documents and mappings of cchc-reporting's JSON form: internal to the library. */
package io.github.cchc.reporting.json.internal;
