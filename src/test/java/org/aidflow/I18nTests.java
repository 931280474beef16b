package org.aidflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Every text a person sees exists in Chinese and in English: the two dictionaries hold the same keys. */
class I18nTests {

    @Test
    void chineseAndEnglishHoldTheSameKeys() {
        assertThat(missingFrom(I18nKeys.EN, I18nKeys.ZH)).as("keys in zh.js missing from en.js").isEmpty();
        assertThat(missingFrom(I18nKeys.ZH, I18nKeys.EN)).as("keys in en.js missing from zh.js").isEmpty();
    }

    @Test
    void readsNestedKeysAsDottedPaths() {
        String source = """
                // a comment: {not: 'a key'}
                export default {
                  'a.b': 'x: y, z',
                  plain: "it's",
                  nested: { inner: `t{x}`, deeper: { leaf: 'l' } },
                  list: ['p', { q: 1 }],
                  /* another: 'comment' */
                  last: 'z',
                };
                """;
        assertThat(I18nKeys.keysOf(source)).containsExactly("a.b", "plain", "nested.inner", "nested.deeper.leaf", "list", "last");
    }

    private static Set<String> missingFrom(I18nKeys dictionary, I18nKeys other) {
        Set<String> missing = new TreeSet<>(other.keys());
        missing.removeAll(dictionary.keys());
        return missing;
    }
}
