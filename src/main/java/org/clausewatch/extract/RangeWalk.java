package org.clausewatch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Splits a tree around a DOM range (as Open Terms Archive's {@code startBefore}/{@code startAfter}/{@code
 * endBefore}/{@code endAfter} define it) into the nodes wholly inside and the nodes wholly outside; ancestors the
 * range cuts through are in neither list. jsoup nodes compare by identity, so plain hash maps are identity maps.
 */
final class RangeWalk implements NodeVisitor {
    private enum Position {
        BEFORE,
        INSIDE,
        AFTER
    }

    private final Element start;
    private final boolean startBefore;
    private final Element end;
    private final boolean endBefore;
    private final Map<Node, Position> atHead = new HashMap<>();
    private final Set<Node> inside = new HashSet<>();
    private final Set<Node> outside = new HashSet<>();
    private final List<Node> insideOrder = new ArrayList<>();
    private final List<Node> outsideOrder = new ArrayList<>();
    private Position position = Position.BEFORE;

    private RangeWalk(Element start, boolean startBefore, Element end, boolean endBefore) {
        this.start = start;
        this.startBefore = startBefore;
        this.end = end;
        this.endBefore = endBefore;
    }

    static RangeWalk walk(Element root, Element start, boolean startBefore, Element end, boolean endBefore) {
        RangeWalk walk = new RangeWalk(start, startBefore, end, endBefore);
        NodeTraversor.traverse(walk, root);
        return walk;
    }

    @Override
    public void head(Node node, int depth) {
        if (node.equals(start) && startBefore) {
            position = Position.INSIDE;
        }
        if (node.equals(end) && endBefore) {
            position = Position.AFTER;
        }
        atHead.put(node, position);
    }

    @Override
    public void tail(Node node, int depth) {
        if (atHead.get(node) == position) {
            (position == Position.INSIDE ? insideOrder : outsideOrder).add(node);
            (position == Position.INSIDE ? inside : outside).add(node);
        }
        if (node.equals(start) && !startBefore) {
            position = Position.INSIDE;
        }
        if (node.equals(end) && !endBefore) {
            position = Position.AFTER;
        }
    }

    /** The outermost nodes wholly inside the range, in document order of their closing. */
    List<Node> inside() {
        return topmost(insideOrder, inside);
    }

    /** The outermost nodes wholly outside the range. */
    List<Node> outside() {
        return topmost(outsideOrder, outside);
    }

    private static List<Node> topmost(List<Node> nodes, Set<Node> set) {
        return nodes.stream()
                .filter(n -> n.parentNode() == null || !set.contains(n.parentNode()))
                .toList();
    }
}
