package io.github.cchc.reporting;

/**
 * A piece of a report's body: a {@link Section}, a {@link Paragraph}, a {@link BulletList}, a {@link Placeholder}
 * for text that a person must write, a {@link Table} or a {@link Figure} (a chart).
 */
public sealed interface Block permits Section, Paragraph, BulletList, Placeholder, Table, Figure {}
