package org.mailsim.web.rfc;

import java.util.List;
import java.util.Set;

import org.mailsim.rfc.RfcLinks;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives templates {@code #rfc.parts(text)}: the text cut into plain pieces and linked citations
 * ({@link RfcLinks#parts(String)}). Templates use it through {@code ~{rfc/cite :: cited(${text})}}.
 */
public final class RfcDialect extends AbstractDialect implements IExpressionObjectDialect {
    /** What {@code #rfc} is. */
    public static final class Expressions {
        public List<RfcLinks.Part> parts(String text) {
            return RfcLinks.parts(text);
        }
    }

    private static final Expressions EXPRESSIONS = new Expressions();

    public RfcDialect() {
        super("mailsim-rfc");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("rfc");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return "rfc".equals(name) ? EXPRESSIONS : null;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
