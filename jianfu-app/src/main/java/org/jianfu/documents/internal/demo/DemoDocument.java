package org.jianfu.documents.internal.demo;

import java.time.Instant;
import java.util.List;
import org.jianfu.documents.internal.Direction;
import org.jianfu.documents.internal.DocumentKind;
import org.jianfu.documents.internal.HeaderStyle;
import org.jianfu.documents.internal.Urgency;
import org.jianfu.organization.Unit;

/** One generated, already issued document with its addressees, before it gets an id and a 文号. */
record DemoDocument(Unit issuer, DocumentKind kind, String title, String body, boolean comprehensive, Urgency urgency,
                    HeaderStyle headerStyle, Direction direction, Instant issuedAt, int year, List<Unit> main,
                    List<Unit> copy) {
}
