package nl.vroegsignaal.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void unescapeUndoesEscapeIncludingAnEscapedEntity() {
        String text = "diploma's <b> \"&\" &lt; already";
        assertThat(Html.escape(text)).isEqualTo("diploma&#39;s &lt;b&gt; &quot;&amp;&quot; &amp;lt; already");
        assertThat(Html.unescape(Html.escape(text))).isEqualTo(text);
    }
}
