"""Word knowledge for language detection: each language's most frequent words, and its letters.

Two-word text gives n-gram statistics almost nothing to work with, but a large part of any
running text is a language's few hundred most frequent words (articles, prepositions,
pronouns, auxiliaries, common adverbs): seeing one of them is strong evidence. The lists are
general knowledge of each language, not drawn from any test collection; a word may sit in
several lists (Spanish and Portuguese share many), and then it counts for each of them.
"""

from __future__ import annotations

_FREQUENT_WORDS: dict[str, str] = {
    "en": """
        the of and to in is that it was for on are as with his they be at one have this from
        or had by not but what some we can out other were all there when up use your how said
        an each she which do their time if will way about many then them would write like so
        these her long make thing see him two has look more day could go come did number no
        most people my over know than call first who may down been now find any new work part
        take get made after back only little very where just through much before also around
        another same should because while last those both between under never being such
        without against again during within until although however year years its our their
        been into were which whose must shall here there why off upon yet often
    """,
    "de": """
        der die das und ist nicht ein eine einen einem einer eines zu den von mit sich des auf
        für im dem es sie ich auch an er so dass wie als bei nach aus wird werden wurde wurden
        noch kann oder aber vor zur zum bis durch mehr über sind hat haben war waren sein seine
        ihre ihr wir man nur schon wenn unter jahr jahre jahren sehr damit dann gegen immer
        keine kein ohne uns dieser diese dieses diesem heute selbst sowie neue neuen zwischen
        seit etwa beim doch hier viele weil wieder würde können müssen soll sollen wo ob
        gibt ganz jetzt mal also denn einmal alle allem allen unsere unser ihm ihn ihnen
    """,
    "nl": """
        de het een van en in is dat op te zijn met voor niet aan er maar ook als bij of om uit
        door naar dan wordt worden werd werden nog wel meer al tot over zo hij zij ze wij we
        ik je jij u hun haar hem mijn ons onze deze dit die wat geen kan kunnen moet moeten
        zal zullen zou zouden heeft hebben had hadden was waren jaar jaren veel nieuwe nieuw
        tussen tegen zonder onder omdat toen hoe waar hier daar alleen nu heel andere eigen
        alle iets niets zeer echter sinds mee ook steeds weer gaat gaan komt komen
    """,
    "da": """
        og i at det en den til er som på de med han af for ikke der var mig sig men et har om
        vi min havde hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal
        selv her alle vil blev kunne ind når være dog noget ville jo deres efter ned skulle
        denne end dette mit også under have dig anden hende mine alt meget sit sine vor mod
        disse hvis din nogle hos blive mange ad bliver hendes været thi jer sådan år året
        kun mellem uden igen både hvordan hvorfor nye ny første
    """,
    "sv": """
        och i att det som en på är av för med till den har de inte om ett han men var jag
        sig från vi så kan man när år säger hon under också efter eller nu sin där vid mot
        ska skulle kommer ut får finns vara hade alla andra mycket än här då sedan över bara
        in blir upp även vad få två vill ha många hur mer går sitt någon något bland redan
        detta dessa deras utan mellan genom hela första nya ny inom samt varit blev enligt
        fick både egen igen kunde ingen inga
    """,
    "fr": """
        le la les de des du un une et est en que qui dans pour pas par sur au aux plus ne se
        il elle ils elles on nous vous je tu ce cette ces son sa ses leur leurs avec sont été
        être avoir fait faire mais ou comme tout tous toute toutes aussi bien très sans sous
        entre après avant depuis encore même alors donc dont où si peut peuvent doit ont
        avait était sera cela ça ici lui y deux trois ans année années premier première
        nouveau nouvelle nouveaux autres autre chez contre moins selon déjà jamais toujours
    """,
    "es": """
        el la los las de del y en que un una es por con para no se su sus al lo como más pero
        sin sobre este esta estos estas ese esa eso ya muy también fue ser son está están ha
        han hay entre cuando todo todos toda todas desde hasta porque donde quien quienes le
        les me mi yo tu él ella ellos ellas nos nuestro nuestra otro otra otros otras año años
        hace puede pueden después así dos tres aunque mientras según tiene tienen había
        parte vez nuevo nueva nuevos mismo misma cada además bien hoy ahora menos mucho
        muchos durante contra algo tan sólo solo cual cuál gran mayor ser estado sido
    """,
    "pt": """
        o a os as de do da dos das e em no na nos nas um uma uns umas que é para por com não
        se ao aos à às mais como mas foi ser são está estão tem têm pelo pela pelos pelas
        este esta isso isto esse essa estes estas esses essas também já muito muitos quando
        entre todo todos toda todas desde até porque onde quem lhe eu ele ela eles elas nós
        seu sua seus suas nosso nossa outro outra outros outras ano anos pode podem depois
        assim dois duas três embora enquanto segundo tinha havia vez novo nova novos mesmo
        mesma cada além bem hoje agora menos durante contra algo tão só qual grande maior
        sido sobre sem
    """,
    "it": """
        il lo la i gli le di del della dei degli delle un una uno e è che in nel nella nei
        nelle per con non si da dal dalla dai al alla ai alle sul sulla come più ma anche
        sono stato stata essere ha hanno era erano questo questa questi queste quello quella
        ci ne mi ti lui lei loro noi voi io tu suo sua suoi sue nostro nostra dopo tra fra
        tutto tutti tutte tutta quando dove perché se già ancora molto molti sempre solo
        anno anni può possono due tre ogni nuovo nuova nuovi altro altra altri altre cosa
        così senza contro fino oggi mentre secondo però prima
    """,
    "ro": """
        și în de la cu pe a al ale ai o un una unei unui nu se că este sunt care din pentru
        mai ca dar sau cel cea cei cele acest această aceasta acești aceste acesta fost fi
        va vor au are avea am ar fie lui ei lor el ea noi voi eu tu sa său sale lor după
        până între prin fără despre când unde cum ce cine foarte doar încă deja toate toți
        tot toată an ani anul anului două trei nou nouă alte alt altă însă spre către
        asupra astfel acum aici
    """,
    "pl": """
        i w z na do nie się że jest to o od po jak a ale za co przez dla tak już być był była
        było były są jego jej ich go mu je ten ta te tego tej tym tych który która które
        którzy których może można także również oraz lub czy gdy gdzie tylko jeszcze bardzo
        przy pod nad przed między bez roku lat latach r we ze ku sobie jednak wszystko
        wszystkie każdy nowy nowe nowa będzie będą został została zostały mnie mi ja ty my wy
        on ona oni one dwa trzy
    """,
    "cs": """
        a v se na je že s z do o to i k ve jako pro by jsou jsem jsme jste byl byla bylo byli
        byly být ale po jak jeho její jejich který která které kteří tak také už jen jeho
        nebo ani když aby podle mezi při před pod nad bez tento tato toto tyto této tohoto
        tom tím ten ta ty jsme si mu mi mě já ty my vy on ona oni není není bude budou může
        můžeme má mají mít roku let letech nové nový nová velmi ještě již proto pak však
        také všechny všech každý kde proč co což tedy protože zde tady dnes
    """,
    "sk": """
        a v sa na je že s z do o to i k vo ako pre by sú som sme ste bol bola bolo boli byť
        ale po ako jeho jej ich ktorý ktorá ktoré ktorí tak tiež už len alebo ani keď aby
        podľa medzi pri pred pod nad bez tento táto toto tieto tejto tohto tom tým ten tá tí
        si mu mi ma ja ty my vy on ona oni nie nebude bude budú môže môžeme má majú mať roku
        rokov nové nový nová veľmi ešte už preto potom však všetky všetkých každý kde prečo
        čo teda pretože tu dnes sme ďalšie ďalší iba
    """,
    "sl": """
        in je v na za se so da ki z s pa ne bi tudi kot iz po o k so bo bodo smo ste sem
        bil bila bilo bili biti ali še že le lahko zelo kar ker če ko ga jih jo mu mi me
        tem to ta te ti tega teh tej tudi njegov njegova njihov njihova med pri pred pod
        nad brez leta letu lani let nov nova novo vse vsi vsak kjer zakaj kaj zato potem
        vendar torej sta tako danes prav samo kako zdaj mora morajo od do ob ima imajo
        imamo treba sam sama naj saj oziroma predvsem zaradi skozi proti kje kdo kdaj tam
        tukaj vseh vsem več manj ni niso nisem nima ji jim njo njim njih nas vas sva ter
        kateri katera katero katere katerih temu tisti tista tisto svoj svoja svoje svojo
        nekaj nič vedno spet skupaj glede preko prek bom bomo boste okoli
    """,
    "hr": """
        i u je na da se su za od s sa o a to koji koja koje kao iz ili ne što će ću biti bio
        bila bilo bili smo ste sam ali po već samo još kada gdje gde jer nije nisu do pri
        prema između bez pod nad prije poslije nakon ovaj ova ovo ovi te ta taj tog toga
        tom njegov njegova njihov njihova godine godina godini sve svi svaki zbog kako sada
        danas vrlo mogu može treba ima imaju bi bih bismo ih im mu ga joj pa zato tako pred
        mora moraju nova novo novi nove kroz zbog također tijekom nakon oko
    """,
    "et": """
        ja on ei et see oli kui ka ta mis nii aga või siis veel kes oma mida seda selle need
        neid nad meie teie mina sina tema olid olema olnud oleks saab saa ning üle ainult
        väga kõik kõige juba nüüd pärast enne vahel ilma alla koos kuid sest kus miks aasta
        aastal aastat uus uue uued üks kaks kolm palju rohkem mitte kuni vastu
    """,
    "fi": """
        ja on ei se että oli kun mutta myös tai hän ovat olla ole ollut olisi joka jotka
        mikä mitä sen sitä niin kuin nyt vain jo vielä sekä kanssa mukaan jälkeen ennen
        aikana välillä ilman alle yli koko kaikki kaikkien paljon enemmän me te he minä
        sinä hänen heidän meidän tämä tämän tätä nämä ne niiden vuonna vuoden vuotta uusi
        uuden yksi kaksi kolme myös siis sitten täällä siellä missä miksi koska
    """,
    "hu": """
        a az és hogy nem is egy van volt de meg csak már el ki be le fel mint még ez azt
        ezt ezek azok vagy pedig mert ha amikor ahol aki ami amely amelyek után előtt alatt
        között nélkül szerint miatt minden mindig sok több nagyon most itt ott lesz lett
        voltak vannak kell lehet év évben éve évek új első két három én te ő mi ti ők neki
        nekik őket sem sőt így úgy hanem mivel
    """,
    "lt": """
        ir yra kad į iš su be ar bet kaip tai jis ji jie jos jo jų buvo bus būti yra nėra
        taip pat per dėl nuo iki apie po prieš tarp tik dar jau labai kai kur kodėl kas
        kuris kuri kurie kurios šis ši šie šios tas ta tie tos metų metais m savo mūsų jūsų
        aš tu mes jūs visi visos viskas kiekvienas naujas nauja du trys daug mažai gali
        galima reikia turi turėjo
    """,
    "lv": """
        un ir ka uz no ar par bet kā tas tā tie tās viņš viņa viņi viņas viņu bija būs būt
        nav arī pēc līdz pie pa pret starp tikai vēl jau ļoti kad kur kāpēc kas kurš kura
        kuri kuras šis šī šie šīs gada gadā gadu savu savas mūsu jūsu es tu mēs jūs visi
        visas viss katrs jauns jauna divi trīs daudz var varētu jā
    """,
    "sq": """
        e të në dhe një për me që nga është janë ka kanë si do u i së ishte ishin por më
        edhe ky kjo këto ata ato ai ajo unë ti ne ju tij saj tyre nuk pa pas para mbi nën
        midis gjatë kur ku pse çfarë cili cila shumë vetëm tashmë vit vitin viti vjet dy tre
        gjithë çdo tani sot duhet mund
    """,
    "tr": """
        ve bir bu da de için ile ne o çok daha olarak gibi en var yok ama ancak kadar sonra
        önce olan olduğu oldu olur her şey ben sen biz siz onlar onun bunu şu ki mi mı değil
        yıl yılında yeni iki üç büyük tüm ise veya hem göre karşı arasında
    """,
    "bg": """
        и на в за да се от е не с по че са това като което които който която той тя те ние
        вие аз ти го му ги им ще бъде бил била било били беше бяха има няма към след преди
        между без при над под до още само вече много всички всеки този тази тези годината
        година години също така когато където защо какво как но или ако обаче срещу чрез
        според във със нейния неговия техния
    """,
    "mk": """
        и на во за да се од е не со по дека се тоа како кој која кое кои тој таа тие ние
        вие јас ти го му ги им ќе биде бил била било биле беше беа има нема кон по пред
        меѓу без при над под до уште само веќе многу сите секој овој оваа овие годината
        година години исто така кога каде зошто што како но или ако сепак против преку
        според нивните неговиот
    """,
    "ru": """
        и в не на что с по как это он она они мы вы я ты его её их к у из за от то но же так
        для был была было были быть есть нет уже только ещё еще очень все всё все когда где
        почему который которая которое которые этот эта эти этого году года лет также или
        если после перед между без при над под до более может можно будет будут чтобы
    """,
    "uk": """
        і й в у на що з із не як це він вона вони ми ви я ти його її їх до від за то але так
        для був була було були бути є немає вже тільки ще дуже всі все коли де чому який
        яка яке які цей ця ці цього році року років також або якщо після перед між без при
        над під більш може можна буде будуть щоб
    """,
    "sr": """
        и у је на да се су за од с са о а то који која које као из или не што шта ће ћу
        бити био била било били смо сте сам али по већ само још када где јер није нису до
        при према између без под над пре после након овај ова ово ови те та тај тог тога
        том његов његова њихов њихова године година години све сви сваки због како сада
        данас врло могу може треба има имају би их им му га јој
    """,
}


def frequent_words(language: str) -> frozenset[str]:
    """The language's most frequent words, lower-case, or an empty set for other languages."""
    return _FREQUENT_WORDS_SETS.get(language, frozenset())


_FREQUENT_WORDS_SETS: dict[str, frozenset[str]] = {
    code: frozenset(words.split()) for code, words in _FREQUENT_WORDS.items()
}

# Letters that only some of the Latin-script languages write: a text with one of them is in
# one of those languages, or quotes a name from one (so the evidence is strong, not absolute).
EXCLUSIVE_LETTERS: dict[str, frozenset[str]] = {
    "ñ": frozenset({"es"}),
    "ã": frozenset({"pt"}),
    "õ": frozenset({"pt", "et"}),
    "ß": frozenset({"de"}),
    "æ": frozenset({"da"}),
    "ø": frozenset({"da"}),
    "å": frozenset({"da", "sv"}),
    "ő": frozenset({"hu"}),
    "ű": frozenset({"hu"}),
    "ą": frozenset({"pl", "lt"}),
    "ę": frozenset({"pl", "lt"}),
    "ł": frozenset({"pl"}),
    "ń": frozenset({"pl"}),
    "ś": frozenset({"pl"}),
    "ź": frozenset({"pl"}),
    "ż": frozenset({"pl"}),
    "ė": frozenset({"lt"}),
    "į": frozenset({"lt"}),
    "ų": frozenset({"lt"}),
    "ā": frozenset({"lv"}),
    "ē": frozenset({"lv"}),
    "ī": frozenset({"lv"}),
    "ķ": frozenset({"lv"}),
    "ļ": frozenset({"lv"}),
    "ņ": frozenset({"lv"}),
    "ģ": frozenset({"lv"}),
    "ě": frozenset({"cs"}),
    "ř": frozenset({"cs"}),
    "ů": frozenset({"cs"}),
    "ľ": frozenset({"sk"}),
    "ĺ": frozenset({"sk"}),
    "ŕ": frozenset({"sk"}),
    "ș": frozenset({"ro"}),
    "ț": frozenset({"ro"}),
    "ş": frozenset({"ro", "tr"}),
    "ţ": frozenset({"ro"}),
    "ă": frozenset({"ro"}),
    "ğ": frozenset({"tr"}),
    "ı": frozenset({"tr"}),
    "ë": frozenset({"sq", "nl", "fr"}),
    "đ": frozenset({"hr"}),
    "ć": frozenset({"hr", "pl"}),
}


# Frequent short words that tell apart neighbours langdetect confuses on short text.
# Groups of Latin-script neighbours and, for each, frequent words the others do not use.
LATIN_CUES: tuple[dict[str, frozenset[str]], ...] = tuple(
    {code: frozenset(words.split()) for code, words in family.items()}
    for family in (
        {
            # "v", "z" (Slovene, Czech, Slovak) against "u", "i" (BCMS, Czech, Slovak) part
            # Slovene from BCMS without tipping Czech against Slovak.
            "cs": "jsem jsme jsou který která které tedy také jak když nebo proto pouze být bylo "
                  "jejich není mezi podle již v z u i",
            "sk": "som sme sú ktorý ktorá ktoré teda tiež keď alebo preto iba byť bolo ich nie "
                  "medzi podľa v z u i",
            "sl": "in ki so tudi zelo kot bo ter še kaj vendar ker če lahko bodo jih v z ni niso "
                  "kje tega kateri katera katero brez naj saj oziroma zaradi",
            "hr": "su kao što šta će ću nije koji koja koje ili već bio jer kada gdje gde u i nisu "
                  "također tijekom kroz zbog između ovaj ovo",
        },
        {
            "da": "og ikke af også kun nogle hvad hvor jeg være meget blive",
            "sv": "och inte av också bara några vad jag vara att är mycket bli",
        },
        {
            "es": "el los las y es pero muy también más son en",
            "pt": "os as das um uma não mais também muito são em ao pelo",
            "it": "il lo gli della di che non è sono anche molto per nel alla delle",
            "ro": "și în sunt nu cu pentru care din pe sau",
        },
        {
            "nl": "de het een van en niet ook zijn met voor dat op aan",
            "de": "der das und nicht ist auch sind mit für dass auf ein eine von",
            "en": "the and of to not also are with for that on",
        },
    )
)
CYRILLIC_CUES: dict[str, frozenset[str]] = {
    "sr": frozenset(
        ["је", "су", "у", "ће", "који", "која", "које", "којих", "када", "није", "био", "била", "било", "били", "из", "због", "још", "код", "већ", "између", "после", "током", "према", "широм", "око", "ко", "шта", "где", "овде", "зато"]
    ),
    "mk": frozenset(
        ["е", "во", "со", "ќе", "ги", "го", "кои", "дека", "беше", "сите", "сè", "ние", "тие", "нивните", "овој", "оваа", "кој", "каде", "многу", "бидејќи", "меѓу", "нив"]
    ),
    "bg": frozenset(["в", "във", "със", "че", "ще", "това", "които", "този", "тази", "от", "към", "след", "между", "където", "много", "всички"]),
}
# Case endings Serbian has and Macedonian (which lost its cases) does not; Macedonian articles.
CYRILLIC_SUFFIXES: dict[str, tuple[str, ...]] = {
    "sr": ("ом", "ог", "ег", "их", "им", "има", "ама", "ају", "ују", "ити", "ати", "ћи", "ији"),
    "mk": ("от", "ата", "ите", "ото"),
    "bg": ("ата", "ите", "ото"),  # Bulgarian has the articles too, but not Macedonian -от
}


# ---------------------------------------------------------------- the BCMS family

# Words that only some members of the family use, each with the labels it points to and a weight.
# Ekavian forms (mleko, vreme) are Serbian; ijekavian ones (mlijeko, vrijeme) Croatian or Bosnian.
EKAVIAN = (
    "mleko vreme vremena vremenu reka reke deca dece dete deteta lepo lepa lep mesto mesta mestu "
    "vek veka uvek gde posle primer primera verovatno devojka devojke telo tela ceo cela celog cena "
    "cene ceni svet sveta svetu mesec meseca meseci ponedeljak sledeći sledeće sreda lek leka deo "
    "dela delu rešenje rešenja vera vest vesti predlog predloga promena promene promeni predsednik "
    "predsednika reč reči izveštaj izveštaja hteo htela pesma pesme bela beli belo snega nedelja "
    "nedelje poreklo poreklu videti razvijen uslovi uslova smer smera napred"
)
IJEKAVIAN = (
    "mlijeko vrijeme vremena rijeka rijeke djeca djece dijete djeteta lijepo lijepa lijep mjesto "
    "mjesta mjestu vijek vijeka uvijek gdje poslije primjer primjera vjerojatno vjerovatno djevojka "
    "djevojke tijelo tijela cijeli cijela cijelog cijena cijene cijeni svijet svijeta svijetu mjesec "
    "mjeseca mjeseci ponedjeljak sljedeći sljedeće srijeda lijek lijeka dio dijela dijelu rješenje "
    "rješenja vjera vijest vijesti prijedlog prijedloga promjena promjene promjeni predsjednik "
    "predsjednika riječ riječi htio htjela pjesma pjesme bijela bijeli bijelo snijega nedjelja "
    "nedjelje podrijetlo porijeklo vidjeti razvijen uvjeti uvjeta smjer smjera naprijed"
)
CROATIAN = (
    "siječanj siječnja veljača veljače ožujak ožujka travanj travnja svibanj svibnja lipanj lipnja "
    "srpanj srpnja kolovoz kolovoza rujan rujna listopad listopada studeni studenoga prosinac prosinca "
    "tisuća tisuće tisuću tko tijekom također europski europska europske europskog europe europi "
    "uopće općenito kazalište glazba glazbe povijest povijesti znanost znanosti sveučilište "
    "sveučilišta vlak kruh obitelj obitelji tjedan tjedna točno točka uvjet jučer sudjelovati "
    "sudjeluje izvješće izvješća nogomet tvrtka tvrtke otok otoka kemija kršćanski ravnatelj "
    "hrvatska hrvatske hrvatskoj hrvatski zagreb zagrebu"
)
SERBIAN_OR_BOSNIAN = (
    "hiljada hiljade hiljadu takođe tokom evropski evropska evropske evropskog evrope evropi "
    "uopšte šta ko tačno tačka univerzitet univerziteta nauka nauke nauci voz porodica porodice "
    "juče učestvovati učestvuje fudbal ostrvo ostrva hemija hemije saradnja saradnje sedmice"
)
SERBIAN = (
    "istorija istorije istoriji avgust avgusta bezbednost bezbednosti spoljni spoljnih opština "
    "opštine opštini hleb hrišćanski preduzeće kafa srbija srbije srbiji srpski srpska srpske srpskog "
    "beograd beogradu"
)
BOSNIAN = (
    "historija historije historiji sedmica august augusta lahko mehko kahva sahat bosna bosne bosni "
    "bosanski bosanska bosanske hercegovina hercegovine hercegovini sarajevo sarajevu bih "
    "općina općine općini"
)
