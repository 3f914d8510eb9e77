package org.clausewatch.analysis.attribute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grants of rights, direction first: who receives a licence, permission or right (the provider, the provider with its
 * affiliates or partners, other users, third parties, or the user), and which way an assignment goes. Scope words,
 * purposes, subjects and limits are read only from the sentence that grants, or from a later sentence of the same
 * provision that speaks of "this licence"; a licence the provider grants the user takes nothing from the user's
 * content, so its scope words are not read as if the user had given them away.
 */
final class GrantReading {
    /**
     * A party's words: no sentence or clause end, but the dots of "Snap Inc., and our affiliates" and "U.S.", and a
     * parenthesis of its own ("Google (and those we work with)", "the Society (which includes its … affiliates)").
     */
    private static final String PARTY =
            "((?:[^.;:()]|\\([^().;]{1,120}\\)|(?<=\\b(?:Inc|Ltd|Co|Corp|LLC|S|U))\\.|(?<=\\w)\\.(?=[A-Za-z]\\w)){1,120}?)";

    /**
     * One act a licence over content allows, as grants, acknowledged uses and reserved rights list them: "host",
     * "reproduce", "publicly perform", "sublicense" …
     */
    private static final String ACT = "(?:host|store|reproduce|distribute|redistribute|communicate|publish"
            + "|publicly\\s+(?:perform|display)|perform|display|modify|adapt|translate|copy|use|transmit|edit|share"
            + "|exploit|sublicense|analy[sz]e)";

    /** "you grant (to) X a …", "you give X permission", "you license X the right". */
    private static final Pattern USER_GRANTS = Pattern.compile(
            "\\b(?:(?:require|requires|ask)\\s+you\\s+to|you|customer|licensee|subscriber|user|member)"
                    + "(?:\\s+(?:hereby|also|expressly|irrevocably|automatically|have|has|had))*\\s+"
                    + "(?:grant|give|license|authori[sz]e|permit|allow)(?:s|ed|d|ted)?(?:,|:\\s*(?:\\(\\w{1,4}\\))?)?\\s+(?:to\\s+)?"
                    + "(?!an?\\b|the\\b(?!\\s+(?-i:[A-Z])))" + PARTY
                    + ",?\\s+(?:with\\s+)?(?:an?|the|all|such|these|those|permission|your\\s+permission|"
                    + "to\\s+(?!the\\b)\\w+|world-?wide|non-?exclusive|perpetual|irrevocable|royalty-free|"
                    + "unrestricted|unlimited|rights?\\s+to)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "you provide Google with permission to use …", "you provide us a license to use this Content". */
    private static final Pattern PROVIDES_PERMISSION = Pattern.compile(
            "\\b(?:you|customer|user)(?:\\s+hereby)?\\s+provides?\\s+" + PARTY
                    + "\\s+(?:with\\s+(?:the\\s+|a\\s+|that\\s+|this\\s+)?|(?:the|an?)\\s+(?:[\\w-]+,?\\s+){0,6}?)"
                    + "(?:permission|right|licen[cs]e)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "… and (iii) grant us an irrevocable … license": only the user grants anything to "us". */
    private static final Pattern GRANTS_US = Pattern.compile(
            "\\b(?:grants?|gives?|licenses?)\\s+(?:to\\s+)?(us)\\b(?=,?\\s+(?:an?|the|all|permission|your|rights?)\\b)",
            Pattern.CASE_INSENSITIVE);

    /** "you grant a … licence: (i) to OpenAI to use …". */
    private static final Pattern LICENCE_TO = Pattern.compile(
            "\\byou(?:\\s+hereby)?\\s+grant\\s+(?:an?|the)\\b[^.;]{0,200}?\\blicen[cs]e\\b[:,]?\\s*(?:\\(\\w+\\)\\s*)?to\\s+"
                    + "(?!use\\b)" + PARTY + "\\s+to\\s+\\w+",
            Pattern.CASE_INSENSITIVE);

    /** "You grant, and you represent … necessary to grant, to us, …"; "You shall, and hereby do, grant to us a …". */
    private static final Pattern GRANT_WINDOW = Pattern.compile(
            "\\b(?:you|customer)\\b[^.;]{0,40}?\\bgrant\\b[^.;]{0,150}?\\bto\\s+(us|we|(?-i:[A-Z])[\\w&.-]*(?:\\s+and\\s+(?:its|our)\\s+\\w+)?)"
                    + "(?=,|\\s+(?:an?|the|under|all|and)\\b)",
            Pattern.CASE_INSENSITIVE);

    /** "users contributing … are required to grant broad permissions to the general public to re-distribute …". */
    private static final Pattern REQUIRED_TO_GRANT = Pattern.compile(
            "\\b(?:are|is)\\s+required\\s+to\\s+grant\\s+(?:[\\w-]+\\s+){0,2}?(?:permissions?|rights?|licen[cs]es?)\\s+to\\s+"
                    + PARTY + "\\s+to\\s+\\w+",
            Pattern.CASE_INSENSITIVE);

    /** "You acknowledge and agree that we may use, display, modify and redistribute Materials". */
    private static final Pattern AGREE_MAY = Pattern.compile(
            "\\byou\\s+(?:acknowledge|agree|understand)(?:\\s+and\\s+(?:acknowledge|agree|understand))?\\s+that\\s+"
                    + PARTY + "\\s+(?:may|can|will)\\s+(?:\\w+\\s+){0,3}?(?<act>" + ACT + ")\\b",
            Pattern.CASE_INSENSITIVE);

    /** "When you upload your creations to Tumblr, you’re giving us permission to make them available". */
    private static final Pattern GIVING = Pattern.compile(
            "\\byou(?:\\s+are|['’]re)\\s+(?:giving|granting)\\s+(?:to\\s+)?(us|(?-i:[A-Z])[\\w&.-]+)\\s+"
                    + "(?:(?:your\\s+)?permission|an?\\b|the\\s+right|rights?\\b|licen[cs]e)",
            Pattern.CASE_INSENSITIVE);

    /**
     * "To provide our products to you, we need your permission (in legal language, a license) to use your User
     * Content", "we need you to give us some legal permissions to use that content": the provider's need stated as
     * the licence it takes.
     */
    private static final Pattern NEEDS_PERMISSION = Pattern.compile(
            "\\b(we|(?-i:[A-Z])[\\w&.-]+)\\s+(?:need|needs|require|requires)\\s+(?:your\\s+permission\\b(?!\\s+(?:if|when)\\b)"
                    + "|you\\s+to\\s+(?:give|grant)\\s+(?:us|(?-i:[A-Z])[\\w&.-]+)\\s+(?:[\\w-]+\\s+){0,2}?"
                    + "(?:permissions?|rights?|licen[cs]es?)\\b)",
            Pattern.CASE_INSENSITIVE);

    /** "you agree to allow others to view, edit, and/or share your User Content": a permission to other users. */
    private static final Pattern ALLOWS_OTHERS = Pattern.compile(
            "\\byou\\s+(?:also\\s+)?agree\\s+to\\s+(?:allow|permit|let)\\s+others\\s+to\\b", Pattern.CASE_INSENSITIVE);

    /** "Our license to your content ends when you delete your content": the provider's licence, spoken of. */
    private static final Pattern OUR_LICENCE = Pattern.compile(
            "\\b(?:our|its)\\s+licen[cs]es?\\s+(?:to|in)\\s+(?:your|the|any|all|such)\\s+(?:[\\w-]+\\s+)?"
                    + "(?:content|submissions?|materials|posts|photos|videos|inputs?|uploads)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "Your licences to TikTok, our Affiliates and to users end when you close your account": a grant spoken of. */
    private static final Pattern YOUR_LICENCE_TO = Pattern.compile(
            "\\byour\\s+licen[cs]es?\\s+to\\s+(?!use\\b|access\\b)" + PARTY
                    + "\\s+(?:end|ends|terminate|terminates|continue|continues|survive|survives|will|shall|is|are)\\b",
            Pattern.CASE_INSENSITIVE);

    /** What the provider may use named by a pronoun, free of any return to the user: "use them without compensation". */
    private static final String PRONOUN_USED_FREELY = "\\s+(?:it|them)\\b[^.;]{0,100}?\\bwithout\\s+(?:any\\s+)?"
            + "(?:restrictions?|compensati|payment|obligation|attribution|credit|royalt)";

    /**
     * "We can use your Content worldwide to provide …", "we are free to use the Idea", "The Society may, in its sole
     * discretion, utilize … all comments and suggestions", "Meta may use the images, videos, and voice recordings …
     * you provide": the provider's permission to use what the user gives, stated
     * from the provider's side; the party is read from the words before the verb.
     */
    private static final Pattern PROVIDER_USES = Pattern.compile(
            "(?:^|[.,;:]\\s*|\\b(?:that|so\\s+that|and)\\s+)([^.;:(),]{1,60}?)"
                    + "\\s+(?:(?:may|can)(?:\\s*,[^,.;]{0,60},)?\\s+(?:\\w+ly\\s+)?|(?:are|is|will\\s+be|shall\\s+be)\\s+free\\s+to\\s+)"
                    + "(?:use|utili[sz]e|act\\s+on|exploit|disclose)\\b"
                    + "(?![^.;]{0,60}?\\b(?:de-identified|deidentified|aggregated|anonymi[sz]ed)\\b)"
                    // what is used is named right after the verb (or an aside): "use your Content", not "use data … to
                    // show
                    // you personalised content"
                    + "(?=(?:\\s*,[^,.;]{0,80},)?\\s+(?:(?:your|the|that|such|any|all|this|these|those)\\s+)?(?:[\\w-]+\\s+){0,2}?"
                    + "(?:feedback|suggestions?|ideas?|comments|content|submissions?|materials|images|videos|photos|recordings)\\b"
                    // or a pronoun, where what follows says the use is free: "we may use it without restriction or
                    // compensation to you", "we are free to use them without any restriction"
                    + "|" + PRONOUN_USED_FREELY + ")",
            Pattern.CASE_INSENSITIVE);

    /** "You consent to our use of …", "you consent to Meta's use of …". */
    private static final Pattern CONSENTS_TO_USE = Pattern.compile(
            "\\b(?:you|customer)\\s+(?:hereby\\s+)?consents?\\s+to\\s+(our|(?-i:[A-Z])\\w+)(?:[’']s)?\\s+use\\s+of\\b",
            Pattern.CASE_INSENSITIVE);

    /** "This license allows Google to host, reproduce …", "X is granted a licence". */
    private static final Pattern LICENCE_ALLOWS = Pattern.compile(
            "\\b(?:licen[cs]e|permission|right)\\s+(?:allows|permits|authori[sz]es|lets|enables)\\s+" + PARTY
                    + "\\s+to\\b" + "|(?:^|[,;]\\s*)" + PARTY + "\\s+(?:is|are|will\\s+be)\\s+granted\\s+an?\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A licence's acts listed over the user's content without the grant that leads them in ("* host, reproduce,
     * distribute, communicate and use your content", "* publish, publicly perform or publicly display your content"
     * under a "This licence allows Google to:" in the paragraph before).
     */
    private static final Pattern LISTED_ACTS = Pattern.compile(
            "^\\W*(?:to\\s+)?" + ACT + "(?:\\s*,?\\s*(?:and\\s+|or\\s+|and/or\\s+)?" + ACT + ")*"
                    + "\\s+your\\s+(?:user\\s+)?(?:content|submissions?|posts?|materials?|works?|photos?|videos?)\\b",
            Pattern.CASE_INSENSITIVE);

    /** What a grant is over, named right after its acts: "any content you upload", "your submissions". */
    private static final String OVER_CONTENT = "\\s+(?:(?:any|all|your|the|such|that|this)\\s+)?(?:[\\w-]+\\s+){0,2}?"
            + "(?:content|submissions?|materials|posts|photos|videos|recordings|feedback|suggestions|ideas|data)\\b"
            // de-identified or aggregated data grants nothing, as with the provider's own stated use
            + "(?![^.;]{0,60}?\\b(?:de-identified|deidentified|aggregated|anonymi[sz]ed)\\b)";

    /** "Acme reserves the right to use, reproduce and display any content you upload". */
    private static final Pattern RESERVES = Pattern.compile(
            "(?:^|\\bthat\\s+|[,;]\\s*)" + PARTY
                    + "\\s+reserves?\\s+(?:the|all|its|our)\\s+(?:[\\w-]+\\s+){0,2}?rights?\\s+to\\s+" + ACT
                    + "(?:\\s*,?\\s*(?:and\\s+|or\\s+|and/or\\s+)?" + ACT + ")*" + OVER_CONTENT,
            Pattern.CASE_INSENSITIVE);

    /** What others may do with content, listed: "viewed, copied, remixed and reused", "used". */
    private static final String DONE_TO_CONTENT = "(?:(?:viewed|copied|used|reused|reproduced|displayed|published"
            + "|distributed|shared|exploited|modified|remixed|adapted|downloaded)(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)?)+";

    /** Content that may only be "viewed or shared by anyone" is visible, not licensed. */
    private static final String NOT_ONLY_SEEN =
            "(?!(?:viewed|seen|shared)(?:\\s*,?\\s*(?:or|and)\\s+(?:viewed|seen|shared))?\\s+by\\b)";

    /** "Content you post may be used by us and our affiliates for marketing purposes". */
    private static final Pattern USED_BY = Pattern.compile(
            "\\b(?:content|submissions?|materials|posts|photos|videos|recordings|feedback|suggestions|ideas|outputs?)\\b[^.;]{0,60}?"
                    + "\\b(?:may|can|will)\\s+be\\s+" + NOT_ONLY_SEEN + DONE_TO_CONTENT
                    + "(?:\\s*,[^,.;]{0,60},)?\\s+by\\s+" + PARTY
                    + "(?=\\s+(?:for|to|in|on|without|worldwide|as)\\b|[.;,]|$)",
            Pattern.CASE_INSENSITIVE);

    /** "X will have your permission", "X retains … the same non-exclusive rights to …", "X obtains a licence". */
    private static final Pattern HOLDS = Pattern.compile(
            "(?:^|\\bthat\\s+|[,;]\\s*)" + PARTY
                    // "You have the right to consult your Data": the user's own right, not a grant
                    + "(?<!\\byou)\\s+(?:will\\s+|shall\\s+|may\\s+)?(?:have|has|receive|receives|obtain|obtains|retain|retains)"
                    + "(?:\\s+and\\s+will\\s+exercise)?\\s+(?:your\\s+permission|an?\\b[^.;]{0,100}?\\blicen[cs]e\\b"
                    + "|(?:the\\s+)?(?:same\\s+)?(?:[\\w-]+\\s+){0,3}rights?\\s+to\\s+(?:use|host|store|reproduce|copy|modify|"
                    + "distribute|display|publish|exploit|sublicense|make|share|"
                    + "(?:\\w+\\s+){0,2}(?:outputs?|inputs?|content|data|materials|submissions))\\b)",
            Pattern.CASE_INSENSITIVE);

    /** "the rights granted to GitHub and its Affiliates under Sections D.4 and D.8". */
    private static final Pattern GRANTED_TO = Pattern.compile(
            "\\b(?:rights?|licen[cs]es?|permissions?)\\b(?:[^.;]{0,40}?\\s)?"
                    + "(?:(?:granted|given)(?:\\s+(?:hereunder|herein|above|below))?|(?<=licen[cs]e\\s)grant)\\s+to\\s+"
                    + PARTY
                    + "(?=\\s+(?:under|in|by|pursuant|herein|above|below|and\\s+does)\\b|[.;,()]|$)",
            Pattern.CASE_INSENSITIVE);

    /**
     * "the rights granted by you hereunder terminate …", "the licenses you grant are royalty-free …": the user's grant,
     * to the provider the terms speak for.
     */
    private static final Pattern GRANTED_BY_YOU = Pattern.compile(
            "\\b(?:rights?|licen[cs]es?|permissions?)\\s+(?:(?:granted|given)\\s+by\\s+you\\b"
                    + "|(?<=licen[cs]es?\\s)(?:that\\s+)?you\\s+(?:hereby\\s+)?(?:grant|give)(?:ed)?\\b"
                    + "(?!\\s+(?:to\\s+)?(?:other|third|any\\s+third)))",
            Pattern.CASE_INSENSITIVE);

    /**
     * Content published under a public licence ("All material added … will be licensed under a Creative Commons …
     * license") goes to everyone; the provider's own software or data released so is licensed to the user.
     */
    private static final Pattern PUBLIC_LICENCE = Pattern.compile(
            "(?:\\b(?:licen[cs]ed?|released|published|covered|distributed|made\\s+available)\\s+(?:\\w+\\s+){0,3}?"
                    + "(?:under|according\\s+to|using|by)"
                    + "|\\brelease[sd]?\\s+(?:[\\w'’-]+\\s+){0,8}?under)(?:\\s+and\\s+subject\\s+to)?:?\\s+"
                    + "(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:Creative\\s+Commons|CC[\\s-]BY|GNU|GPL|AGPL|"
                    + "Mozilla\\s+Public\\s+Licen[cs]e|open[\\s-]source\\s+licen[cs]e|(?:free|open)(?:\\s+and\\s+(?:open|public|free))?"
                    + "\\s+licen[cs]es?)"
                    + "|\\bunder\\s+(?:appropriate\\s+)?(?:free|open)(?:\\s+and\\s+(?:open|public|free))?\\s+licen[cs]es\\b"
                    + "|\\bmade\\s+public\\s+under\\s+(?:the|a)\\s+licen[cs]e\\b",
            Pattern.CASE_INSENSITIVE);

    /** Whose work a public licence covers: what users add, post or contribute. */
    private static final Pattern USERS_WORK = Pattern.compile(
            "\\b(?:you|your|contributions?|contributors?|submitted|submissions?|added|uploaded|posted|members?)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "you license that Content under the same terms" as the repository: a licence to everyone who uses it. */
    private static final Pattern LICENSED_UNDER = Pattern.compile(
            "\\byou\\s+(?:hereby\\s+)?license\\s+(?:that|your|the|such)\\s+\\w+\\s+under\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A device or payment permission ("if you give us permission to access your camera roll", "permission to charge
     * you") is not a right over content.
     */
    private static final Pattern DEVICE_PERMISSION = Pattern.compile(
            "\\bpermission\\s+to\\s+access\\s+(?:your\\s+)?(?:device|camera|location|contacts|microphone|photos?)"
                    + "|\\bpermission\\s+to\\s+(?:charge|bill|debit|contact|call|text|e-?mail|send)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "X grants you a licence", "licensed to you", "you may use the Software solely to …". */
    private static final Pattern TO_USER = Pattern.compile(
            "\\b(?:grants?|granted|licensed|licenses|license|gives?)\\s+(?:to\\s+)?(?:you|customer|the\\s+user|(?-i:User)(?!\\s+(?-i:[A-Z])))\\b"
                    + "(?!\\s+(?:hereby\\s+)?(?:grants?|give|gives|provides?)\\b|\\s+any\\s+right)"
                    + "|\\byou\\s+(?:are|will\\s+be)\\s+granted\\b"
                    + "|\\byou\\s+(?:may|can)\\s+use\\s+(?:the\\s+|our\\s+)?(?:[A-Z][\\w.]*\\s+)?"
                    + "(?:software|services?|site|materials|documentation|apps?)\\s+(?:solely|only)\\s+"
                    + "(?:to|for|as|in\\s+accordance|under|subject)\\b"
                    + "|\\byour\\s+licen[cs]e\\s+to\\s+(?:use|access)\\b"
                    + "|(?<!\\byou\\s)(?:may|can|will)\\s+(?:\\w+\\s+)?(?:suspend|revoke|terminate)\\s+(?:\\w+\\s+or\\s+\\w+\\s+)?"
                    + "(?:this|the|your)\\s+licen[cs]e\\b|\\btermination\\s+of\\s+(?:this|the|your)\\s+licen[cs]e\\b",
            Pattern.CASE_INSENSITIVE);

    /** A later sentence that speaks of the licence just granted: "This license survives termination". */
    private static final Pattern THIS_LICENCE = Pattern.compile(
            "^\\W*(?:the|these)\\s+(?:[\\w-]+\\s+){0,2}?(?:licen[cs]es?|rights|permissions?)\\b"
                    + "|\\b(?:this|such|that)\\s+(?:[\\w-]+\\s+){0,2}?(?:licen[cs]es?|rights|permissions?)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "This license", "Such license", "this licence to use your content": a licence, not rights or permissions. */
    private static final Pattern THE_LICENCE = Pattern.compile(
            "(?<!terms\\sof\\s)(?<!under\\s)\\b(?:this|such|that|the\\s+(?:above|foregoing))\\s+(?:[\\w-]+\\s+){0,2}?licen[cs]es?\\b"
                    + "(?!\\s+(?:agreement|terms|key|fees?)\\b|\\s+(?:granted|described|set\\s+out)\\s+(?:in|under|above|below)\\b)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern GRANTS_FIRST = Pattern.compile(
            "\\b(?:you|customer)\\b(?:\\s+(?:hereby|shall|also|expressly|irrevocably|automatically|,|and|do))*\\s+grants?\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern PHRASE_BOUNDARY =
            Pattern.compile(",\\s*(?=(?-i:[A-Z]))|\\bthat\\s+", Pattern.CASE_INSENSITIVE);

    private GrantReading() {}

    static void read(List<Sentence> sentences, List<Attribute> found) {
        boolean granted = false;
        boolean listing = false;
        Sentence previous = null;
        for (Sentence sentence : sentences) {
            Sentence before = previous;
            previous = sentence;
            assignment(sentence, found);
            waiver(sentence, before, found);
            // the other items of a list of a licence's acts speak of the same licence: "* sublicense these rights to:"
            listing = listing && sentence.orphanItem();
            if (listing || (!granted && listedActs(sentence, found))) {
                granted = true;
                listing = true;
                terms(sentence, found);
                continue;
            }
            if (!sentence.has(Cue.LICENCE_GRANT) || warrantyOnly(sentence) || devicePermission(sentence)) {
                continue;
            }
            Optional<String> grantee = grantee(sentence, found);
            if (grantee.isPresent()) {
                granted = true;
                if (grantee.get().equals("user")) {
                    Conditions.read(sentence, Names.LICENCE_CONDITION, found);
                    outputs(sentence, found);
                } else {
                    Attribute grant = found.getLast();
                    terms(sentence, found);
                    antecedent(sentence, grant, before, found);
                }
            } else if (granted && refersToLicence(sentence)) {
                terms(sentence, found);
            } else if (!granted && licenceSpokenOf(sentence, found)) {
                granted = true;
                terms(sentence, found);
            } else if (!granted && unnamedGrant(sentence)) {
                granted = true;
                unnamedGrantee(sentence, found);
                terms(sentence, found);
            }
        }
        onward(sentences, found);
    }

    /**
     * A licence to the provider that "lets others do the same", makes the content "available to other companies", is
     * "sublicensable through multiple tiers" or is used on sites of "its parent company, subsidiaries, and affiliates"
     * reaches the provider's partners too.
     */
    private static void onward(List<Sentence> sentences, List<Attribute> found) {
        for (int i = 0; i < found.size(); i++) {
            Attribute grantee = found.get(i);
            if (!grantee.name().equals(Names.LICENCE_GRANTEE)
                    || !grantee.value().equals("provider")) {
                continue;
            }
            for (Sentence sentence : sentences) {
                // what widens a licence follows its grant: "… you grant us a licence … and to grant others permission"
                Optional<Lexicon.Hit> onward = sentence.hits(Cue.ONWARD_GRANT).stream()
                        .filter(hit -> hit.start() >= grantee.start())
                        .findFirst();
                if (onward.isPresent()) {
                    found.set(
                            i,
                            new Attribute(
                                    Names.LICENCE_GRANTEE,
                                    "provider-and-partners",
                                    grantee.evidence() + " … "
                                            + sentence.text()
                                                    .substring(
                                                            onward.get().start(),
                                                            onward.get().end()),
                                    grantee.start(),
                                    onward.get().end()));
                    return;
                }
            }
        }
    }

    /** "OpenAI hereby assigns to Customer all … right, title and interest … in and to Output"; "you assign to us". */
    private static void assignment(Sentence sentence, List<Attribute> found) {
        for (Lexicon.Hit hit : sentence.hits(Cue.ASSIGNMENT)) {
            if (!sentence.negatedBefore(hit.start())) {
                found.add(sentence.attribute(Names.LICENCE_ASSIGNMENT, hit.value(), hit));
                if (hit.value().equals("to-provider")) {
                    subjects(sentence, found);
                }
            }
        }
    }

    private static final Pattern WAIVES = Pattern.compile(
            "\\b(?:waives?|waiving|agrees?\\s+not\\s+to\\s+(?:assert|enforce|claim))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MORAL_RIGHTS = Pattern.compile(
            "\\bmoral\\s+rights\\b|\\brights?\\s+of\\s+(?:attribution|integrity)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern THESE_RIGHTS =
            Pattern.compile("\\b(?:these|such|those)\\s+rights\\b", Pattern.CASE_INSENSITIVE);
    /** "Nothing in these Terms waives your moral rights". */
    private static final Pattern NOTHING = Pattern.compile("\\b(?:nothing|neither|nor)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern FOR_GOOD = Pattern.compile(
            "\\b(?:forever|irrevocably|perpetually|permanently|unconditionally)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A waiver of the author's moral rights in the user's content: "you waive any moral rights you may have in Your
     * Content", "you irrevocably waive — or agree not to assert against Snap … any moral rights", "You retain all moral
     * rights to Your Content … However, you waive these rights". Waived "forever" or "irrevocably", it is for good.
     */
    private static void waiver(Sentence sentence, Sentence before, List<Attribute> found) {
        Matcher waives = WAIVES.matcher(sentence.text()).region(sentence.start(), sentence.end());
        if (!waives.find()
                || sentence.negatedBefore(waives.start())
                || sentence.finds(NOTHING, sentence.start(), waives.start())) {
            return;
        }
        boolean moral = sentence.finds(MORAL_RIGHTS, sentence.start(), sentence.end())
                || (before != null
                        && sentence.finds(THESE_RIGHTS, waives.end(), sentence.end())
                        && before.finds(MORAL_RIGHTS, before.start(), before.end()));
        if (moral) {
            String value = sentence.finds(FOR_GOOD, sentence.start(), sentence.end())
                    ? "moral-rights-for-good"
                    : "moral-rights";
            found.add(sentence.attribute(Names.LICENCE_WAIVER, value, waives.start(), waives.end()));
            subjects(sentence, found);
        }
    }

    /**
     * The ways a sentence names who receives a grant, tried in order: most name the party in a phrase the pattern
     * captures; the last few fix the party themselves ("the rights granted by you" go to the provider the terms speak
     * for, content licensed "under the same terms" goes to other users, "X grants you" to the user).
     */
    private static final List<GranteeWording> GRANTEE_WORDINGS = List.of(
            GranteeWording.named(USER_GRANTS),
            GranteeWording.named(PROVIDES_PERMISSION),
            GranteeWording.named(GRANTS_US),
            GranteeWording.named(LICENCE_TO),
            GranteeWording.named(GRANT_WINDOW),
            GranteeWording.named(REQUIRED_TO_GRANT),
            new GranteeWording(AGREE_MAY, GrantReading::agreedUse),
            GranteeWording.named(GIVING),
            GranteeWording.named(NEEDS_PERMISSION),
            GranteeWording.fixed(ALLOWS_OTHERS, "other-users"),
            GranteeWording.named(YOUR_LICENCE_TO),
            GranteeWording.fixed(OUR_LICENCE, "provider"),
            GranteeWording.named(CONSENTS_TO_USE),
            GranteeWording.named(RESERVES),
            new GranteeWording(USED_BY, GrantReading::providerUse),
            new GranteeWording(PROVIDER_USES, GrantReading::providerUse),
            GranteeWording.named(LICENCE_ALLOWS),
            GranteeWording.named(HOLDS),
            GranteeWording.named(GRANTED_TO),
            GranteeWording.fixed(GRANTED_BY_YOU, "provider"),
            GranteeWording.fixed(LICENSED_UNDER, "other-users"),
            new GranteeWording(PUBLIC_LICENCE, GrantReading::publicLicensee),
            GranteeWording.fixed(TO_USER, "user"));

    /** A wording of a grant, and how the party it names is read from a match. */
    private record GranteeWording(Pattern pattern, BiFunction<Sentence, Matcher, Optional<String>> party) {
        static GranteeWording named(Pattern pattern) {
            return new GranteeWording(pattern, GrantReading::namedParty);
        }

        static GranteeWording fixed(Pattern pattern, String party) {
            return new GranteeWording(pattern, (sentence, matcher) -> Optional.of(party));
        }
    }

    private static Optional<String> grantee(Sentence sentence, List<Attribute> found) {
        for (GranteeWording wording : GRANTEE_WORDINGS) {
            Matcher matcher = wording.pattern().matcher(sentence.text()).region(sentence.start(), sentence.end());
            while (matcher.find()) {
                Optional<String> party = wording.party().apply(sentence, matcher);
                if (party.isPresent()) {
                    found.add(sentence.attribute(Names.LICENCE_GRANTEE, party.get(), matcher.start(), matcher.end()));
                    return party;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> namedParty(Sentence sentence, Matcher matcher) {
        int group = matcher.start(1) >= 0 ? 1 : 2;
        return party(sentence, matcher.start(group), matcher.end(group));
    }

    /**
     * The provider's stated use of what the user gives, read as a permission unless the sentence speaks of training:
     * "we may use your content to train our models" is a training statement, read as such, not a licence (the labelled
     * development sets read even "to provide … and to train" so; reading it as a licence too cost D1 precision).
     */
    private static Optional<String> providerUse(Sentence sentence, Matcher matcher) {
        return sentence.has(Cue.TRAINING) ? Optional.empty() : namedParty(sentence, matcher);
    }

    /**
     * "you understand that xAI will use any data you provide … for model training purposes": an acknowledged use, like
     * the provider's own statement of use, is a training statement when training is what the sentence speaks of; other
     * acts the user agrees to ("may display, modify and share") stay a permission.
     */
    private static Optional<String> agreedUse(Sentence sentence, Matcher matcher) {
        boolean useAlone = matcher.group("act").equalsIgnoreCase("use")
                && !OTHER_ACTS
                        .matcher(sentence.text())
                        .region(matcher.end(), sentence.end())
                        .lookingAt();
        return useAlone && sentence.has(Cue.TRAINING) ? Optional.empty() : namedParty(sentence, matcher);
    }

    /** "use, display, modify, and redistribute": more acts than a use follow the verb. */
    private static final Pattern OTHER_ACTS = Pattern.compile(
            "\\s*(?:,|/|\\band\\b|\\bor\\b)\\s*(?:and\\s+|or\\s+)?(?!use\\b)" + ACT + "\\b", Pattern.CASE_INSENSITIVE);

    /** Users' work under a public licence goes to everyone (third parties); the provider's own, to the user. */
    private static Optional<String> publicLicensee(Sentence sentence, Matcher matcher) {
        // whose work it is, from the words before the licence ("Content you post … is covered by …"), not after
        // ("This source code is licensed under an AGPLv3 license which means you are allowed to …")
        boolean usersWork = sentence.finds(USERS_WORK, sentence.start(), matcher.start());
        return Optional.of(usersWork ? "third-parties" : "user");
    }

    /**
     * Who a party phrase names: the provider (we, us, a name), with affiliates or partners, other users, third parties,
     * or the user; "you retain your rights" names the user keeping what is theirs, which grants nothing.
     */
    private static Optional<String> party(Sentence sentence, int from, int to) {
        from = lastPhrase(sentence.text(), from, to);
        List<Lexicon.Hit> hits = sentence.lexicon().hits(Cue.PARTY, sentence.text(), from, to);
        List<String> kinds = new ArrayList<>();
        hits.forEach(hit -> kinds.add(hit.value()));
        boolean provider = kinds.contains("provider");
        boolean partners = kinds.contains("partners");
        boolean others = kinds.contains("other-users") || kinds.contains("third-parties");
        if (provider && namedFirst(hits, "provider")) {
            // "Snap, our affiliates, other users of the Services, and our business partners"
            return Optional.of(partners || others ? "provider-and-partners" : "provider");
        }
        if (kinds.contains("other-users")) {
            return Optional.of("other-users");
        }
        if (kinds.contains("user")) {
            return Optional.empty();
        }
        if (provider) {
            return Optional.of(partners ? "provider-and-partners" : "provider");
        }
        if (kinds.contains("third-parties") || partners) {
            return Optional.of("third-parties");
        }
        return Optional.empty();
    }

    /** Whether the party named first in the phrase is of the given kind. */
    private static boolean namedFirst(List<Lexicon.Hit> hits, String kind) {
        return hits.stream()
                .min(Comparator.comparingInt(Lexicon.Hit::start))
                .map(hit -> hit.value().equals(kind))
                .orElse(false);
    }

    /**
     * Where the last phrase of {@code text[from, to)} begins: after its last "that", or a comma before a capital
     * ("To the extent required by law, Stack Overflow"); "Midjourney, its affiliates, successors" stays whole.
     */
    private static int lastPhrase(String text, int from, int to) {
        Matcher boundary = PHRASE_BOUNDARY.matcher(text).region(from, to);
        int start = from;
        while (boundary.find()) {
            start = boundary.end();
        }
        return start;
    }

    /**
     * A warranty that the user holds the rights needed to grant a licence ("you represent that you have all rights
     * necessary to grant us the licence") grants nothing, unless the sentence grants before it warrants ("You grant,
     * and you represent and warrant that …, to us, …").
     */
    private static boolean warrantyOnly(Sentence sentence) {
        Optional<Lexicon.Hit> warranty = sentence.hits(Cue.WARRANTY).stream().findFirst();
        if (warranty.isEmpty()) {
            return false;
        }
        // "you represent … that you have the rights needed to grant …, and you hereby grant us …": a grant by the
        // user as a clause of its own, before or after the warranty
        return !sentence.finds(GRANTS_FIRST, sentence.start(), sentence.end());
    }

    /** "You have the right to consult your Data at any time, free of charge": the user's own right grants nothing. */
    private static final Pattern USERS_OWN_RIGHT = Pattern.compile(
            "\\byou\\s+(?:have|retain|keep)\\s+(?:the\\s+|a\\s+)?rights?\\s+to\\b", Pattern.CASE_INSENSITIVE);

    /** A licence whose grantee is not named, over the user's data, with scope words: "a perpetual licence to your content". */
    private static boolean unnamedGrant(Sentence sentence) {
        return sentence.has(Cue.USER_DATA)
                && !USERS_OWN_RIGHT.matcher(sentence.words()).find()
                && sentence.hits(Cue.LICENCE_SCOPE).stream()
                        .anyMatch(hit -> !hit.value().equals("limited"));
    }

    /**
     * Who receives a licence the provision grants without naming anyone ("worldwide, non-exclusive, royalty-free … this
     * licence" over your content): in a platform's terms, the platform. The scope words a platform uses for licences it
     * grants the user (limited, non-transferable, revocable) name none.
     */
    private static void unnamedGrantee(Sentence sentence, List<Attribute> found) {
        List<Lexicon.Hit> scope = sentence.hits(Cue.LICENCE_SCOPE);
        boolean toUser = scope.stream().anyMatch(hit -> USER_LICENCE_SCOPE.contains(hit.value()));
        if (!toUser && !scope.isEmpty()) {
            found.add(sentence.attribute(Names.LICENCE_GRANTEE, "provider", scope.get(0)));
        }
    }

    private static final java.util.Set<String> USER_LICENCE_SCOPE =
            java.util.Set.of("limited", "non-transferable", "non-sublicensable", "revocable");

    private static boolean devicePermission(Sentence sentence) {
        return sentence.finds(DEVICE_PERMISSION, sentence.start(), sentence.end());
    }

    /**
     * A list item, its lead-in not in the provision, that lists a licence's acts over the user's content: in terms a
     * platform writes, what the licence its users give it allows it to do. Records the provider as the grantee.
     */
    private static boolean listedActs(Sentence sentence, List<Attribute> found) {
        if (!sentence.orphanItem()) {
            return false;
        }
        Matcher acts = LISTED_ACTS.matcher(sentence.words());
        if (!acts.lookingAt()) {
            return false;
        }
        found.add(
                sentence.attribute(Names.LICENCE_GRANTEE, "provider", sentence.start(), sentence.start() + acts.end()));
        return true;
    }

    private static boolean refersToLicence(Sentence sentence) {
        return THIS_LICENCE.matcher(sentence.words()).find();
    }

    /**
     * A sentence about "this licence" over the user's content, in a provision that grants none itself ("This license
     * cannot be terminated by you once your Content is submitted"): in terms a platform writes, the licence its users
     * give it, granted elsewhere in the terms; records the provider as its grantee and says whether it did. One the
     * provider grants the user is read as such before this.
     */
    private static boolean licenceSpokenOf(Sentence sentence, List<Attribute> found) {
        if (!sentence.has(Cue.USER_DATA)) {
            return false;
        }
        Matcher licence = THE_LICENCE.matcher(sentence.text()).region(sentence.start(), sentence.end());
        if (!licence.find()) {
            return false;
        }
        found.add(sentence.attribute(Names.LICENCE_GRANTEE, "provider", licence.start(), licence.end()));
        return true;
    }

    /** Scope words, purposes, subjects and limits of a grant, from the sentence that states them. */
    private static void terms(Sentence sentence, List<Attribute> found) {
        add(sentence, Cue.LICENCE_SCOPE, Names.LICENCE_SCOPE, found);
        add(sentence, Cue.LICENCE_PURPOSE, Names.LICENCE_PURPOSE, found);
        subjects(sentence, found);
        Conditions.read(sentence, Names.LICENCE_CONDITION, found);
    }

    private static final Pattern PRONOUN_OBJECT = Pattern.compile("\\s+(?:it|them)\\b");

    /**
     * What a grant over "it" or "them" is over, when its own sentence does not say, is named in the sentence before:
     * "We appreciate feedback, comments, ideas … If you provide any of these things, we may use it without restriction".
     * Only a pronoun right after the granting words counts: "you grant X a licence … to use them" names its subject
     * in its own words or not at all.
     */
    private static void antecedent(Sentence sentence, Attribute grant, Sentence before, List<Attribute> found) {
        boolean named = found.stream()
                .anyMatch(attribute -> attribute.name().equals(Names.LICENCE_SUBJECT)
                        && attribute.start() >= sentence.start()
                        && attribute.start() < sentence.end());
        if (before != null
                && !named
                && PRONOUN_OBJECT
                        .matcher(sentence.text())
                        .region(grant.end(), sentence.end())
                        .lookingAt()) {
            subjects(before, found);
        }
    }

    /** A licence to the user over "the Output" is over what was generated for them, not over the service. */
    private static void outputs(Sentence sentence, List<Attribute> found) {
        sentence.hits(Cue.USER_DATA).stream()
                .filter(hit -> hit.value().equals("outputs"))
                .forEach(hit -> found.add(sentence.attribute(Names.LICENCE_SUBJECT, hit.value(), hit)));
    }

    private static void subjects(Sentence sentence, List<Attribute> found) {
        add(sentence, Cue.USER_DATA, Names.LICENCE_SUBJECT, found);
    }

    private static void add(Sentence sentence, Cue cue, String name, List<Attribute> found) {
        for (Lexicon.Hit hit : sentence.hits(cue)) {
            found.add(sentence.attribute(name, hit.value(), hit));
        }
    }
}
