package org.aidflow.directory;

/** A trade union of the program, as listed in the union directory. */
public record Union(String code, UnionLevel level, String parentCode, String nameZh, String nameEn) {
}
