import type { Texts } from "../texts";

/** Spanish texts of segment: the same keys and placeholders as the English pack (../en/segment.ts). */
export const segment: Texts["segment"] = {
  abc: {
    aTopRevenue: "A · mayores ventas",
    action: "Cuentas clave: atención dedicada y fidelización.",
    bMiddle: "B · intermedios",
    action2: "Desarrollar: hacerlos crecer hacia A.",
    cLongTail: "C · cola larga",
    action3: "Atender con bajo coste; condiciones estándar.",
    aCustomersMakingThe: "A: clientes que suman el primer … de las ventas",
    default80Pareto: "por defecto: 80 % (Pareto)",
    bUpToOf: "B: hasta … de las ventas (acumulado)",
    default95TheNext: "por defecto: 95 % (el siguiente 15 %)",
    abcCutPointsMust: (aShare: string, bShare: string) =>
      `Los cortes ABC deben cumplir 0 < A ≤ B ≤ 100 % (A = ${aShare}, B = ${bShare}).`,
    noPositiveRevenue: (name: string, r: string, r2: string) => `${name}: sin ventas positivas (${r2}).`,
    revenueRankCustomersRanked: (
      name: string,
      r: string,
      number: string,
      groupShareBefore: string,
      aText: string,
      bText: string,
      after: string,
      r2: string,
    ) =>
      `${name}: ventas ${r2}, puesto ${number}; los clientes por delante suman el ${groupShareBefore} de las ventas (A por debajo de ${aText}, B por debajo de ${bText}); acumulado ${after}.`,
    noCustomerHasPositive: "Ningún cliente tiene ventas positivas: todos son clase C.",
    header: "Ventas acumuladas (%)",
    abcMethodLabel: "ABC / Pareto",
    abcMethodDescription: "A: primer 80 % de las ventas, B: siguiente 15 %, C: el resto.",
    abcMethodArgument: "abc",
  },
  actionRules: {
    when: "margen por debajo de 0, sea cual sea el valor o la tendencia",
    when2: "alto valor, margen bajo, sea cual sea la tendencia",
    when3: "en declive o sin compras",
    when4: "en crecimiento, y no ya de alto valor con margen alto (o desconocido)",
    when5: "alto valor, margen alto",
    when6: "alto valor, margen desconocido",
    when7: "bajo valor, margen alto",
    when8: "bajo valor, margen bajo, estable",
    when9: "bajo valor, margen desconocido, estable",
  },
  clusterFeatures: {
    revenue: "Ventas",
    high: "Alto valor",
    low: "Bajo valor",
    margin: "Margen %",
    high2: "Margen alto",
    low2: "Margen bajo",
    revenueChange: "Variación de ventas",
    high3: "En crecimiento",
    low3: "En declive",
    daysSinceLastPurchase: "Días desde la última compra",
    high4: "Sin compras recientes",
    low4: "Compra reciente",
    purchases: "Compras",
    high5: "Frecuente",
    low5: "Poco frecuente",
    daysSinceFirstPurchase: "Días desde la primera compra",
    high6: "Antiguo",
    low6: "Más nuevo",
    onlineShare: "Cuota online",
    high7: "Digital",
    low7: "Presencial",
    costToServe: "Coste de servicio",
    high8: "Coste de servicio alto",
    low8: "Coste de servicio bajo",
    acquisitionSpend: "Coste de adquisición",
    high9: "Adquisición cara",
    low9: "Adquisición barata",
    referrals: "Recomendaciones",
    high10: "Recomienda",
    low10: "Pocas recomendaciones",
    npsScore: "Puntuación NPS",
    high11: "Promotores",
    low11: "Detractores",
    shareOfWallet: "Cuota de gasto",
    high12: "Cuota de gasto alta",
    low12: "Cuota de gasto baja",
  },
  clusters: {
    theNumberOfClusters: (n: number, givenK: number) =>
      `El número de grupos debe ser un entero entre 1 y el número de clientes (${n}); se recibió ${givenK}.`,
    thereIsNotEnough:
      "No hay variación suficiente (menos de 2 clientes o ningún campo numérico que varíe): todos los clientes forman un grupo.",
    onlyForKDropped: (length: string, k: number, count: string) =>
      `Solo ${length} para k = ${k}: se quitan ${count}.`,
    header: "Distancia al centro del grupo",
    allSampledCustomersHave: "Todos los clientes de la muestra tienen el mismo perfil: un solo grupo.",
    noClearGroupsIn: (m: number, value: number, share: string, floor: string, list: string) =>
      `No hay grupos claros en estos datos: todo reparto de ${m} clientes de la muestra en 2 a ${value} grupos dejó un grupo con más del ${share}, perfiles repetidos o una silueta por debajo de ${floor} (silueta, grupo mayor: ${list}). Use el mapa de cartera o RFM para decidir acciones.`,
    kChosenAutomaticallyThe: (k: number, m: number, share: string, list: string) =>
      `k = ${k} elegido automáticamente: la mayor silueta media en una muestra de ${m} clientes entre los repartos cuyo grupo mayor no pasa del ${share} y cuyos grupos difieren todos (silueta, grupo mayor: ${list}).`,
    onlyInTheSample: (distinctRows: string, value: number) =>
      `Solo ${distinctRows} en la muestra: k se probó hasta ${value}.`,
    noClearGroupsName: "Sin grupos claros en estos datos",
    noClearGroupsAction:
      "Sin acción por grupo: aquí los clientes no forman grupos distintos; decida las acciones con el mapa de cartera (valor × margen) o RFM.",
    protectedAttributesWereRequested: (list: string) =>
      `Se pidieron los atributos protegidos (${list}), pero los datos no guardan sus valores (solo las cabeceras), así que ninguno entró en el agrupamiento.`,
    protectedAttributesWereNot: (list: string) =>
      `Los atributos protegidos (${list}) no se usaron para agrupar, para evitar discriminación.`,
    clusteredOnSkewedMoney: (map: string) =>
      `Agrupado por ${map} (importes y recuentos asimétricos en logaritmo; cada uno escalado por mediana y rango intercuartílico).`,
    leftOutBecauseEvery: (dropped: string) =>
      `Omitidos porque todos los clientes tienen el mismo valor: ${dropped}.`,
    isMissingForCustomer: (label: string, imputed: number) =>
      `${label} falta en ${imputed} cliente(s); se usó la mediana.`,
    typicalProfile: "Perfil típico",
    text: (name: string, seen: number) => `${name} (${seen})`,
    clusterCentreAtDistance: (
      name: string,
      ownDistance: string,
      nextEn: string,
      describeValues: string,
      nextEs: string,
    ) =>
      `${name}: centro del grupo a distancia ${ownDistance} en unidades escaladas${nextEs}. ${describeValues}.`,
    clustersMethodLabel: "Clústeres (k-means)",
    clustersMethodName: "Clústeres",
    clustersMethodDescription: "Grupos de clientes parecidos encontrados con k-medias.",
    clustersMethodArgument: "grupos",
  },
  crossTabulate: {
    crossTabSpecialValues: "(vacío)",
    crossTabSpecialValues2: "(otros)",
  },
  lifecycle: {
    theCustomerLadderNeeds:
      "La escalera de clientes necesita el número de compras por cliente. Asigne una columna a «Pedidos» o use datos de transacciones.",
    default: (enValue: string, esValue: string) => `por defecto: ${esValue}`,
    inactiveAfterSilenceOf: "Inactivo tras un silencio de (× intervalo propio)",
    inactiveMinimumSilenceDays: "Inactivo: silencio mínimo (días)",
    inactiveWithoutRhythmAfter: "Inactivo sin ritmo tras (días)",
    lostAfterSilenceOf: "Perdido tras un silencio de (× intervalo propio)",
    lostAfterSilenceOf2: "Perdido tras un silencio de (días)",
    newFirstPurchaseWithin: "Nuevo: primera compra en los últimos (días)",
    habitualFromPurchasesPer: "Habitual desde (compras al año)",
    exclusiveFromShareOf: "Exclusivo desde cuota de gasto",
    evangelistFromReferrals: "Evangelizador desde recomendaciones",
    evangelistFromNpsScore: "Evangelizador desde puntuación NPS",
    noShareOfWallet: "Sin datos de cuota de gasto: se omite el escalón Exclusivo.",
    noReferralOrNps: "Sin datos de recomendaciones ni NPS: se omite el escalón Evangelizador.",
    noLastPurchaseDates: "Sin fechas de última compra: no se pueden detectar Inactivos ni Perdidos.",
    noFirstPurchaseDates:
      "Sin fechas de primera compra: no se detectan Nuevos y Habitual se juzga por el número de compras.",
    withoutAnOrderCount: (assumedPurchases: string) =>
      `${assumedPurchases} sin número de pedidos: se supone una compra si tienen ventas o fecha de compra, ninguna si no.`,
    header: "Compras",
    lifecycleMethodLabel: "Escalera de tipos de cliente",
    lifecycleMethodName: "Ciclo de vida",
    lifecycleMethodDescription: "Escalera de tipos de cliente: nuevo, ocasional, habitual, perdido…",
    lifecycleMethodArgument: "ciclo de vida",
  },
  methodRegistry: {
    cannotRegisterTheMethod: (id: string, clash: string) =>
      `No se puede registrar el método "${id}": el nombre "${clash}" ya está en uso.`,
    cannotRegisterTheMethod2: (id: string) =>
      `No se puede registrar el método "${id}": su id debe tener solo minúsculas, cifras y guiones.`,
    unknownSegmentationMethodUse: (id: string, list: string) =>
      `Método de segmentación desconocido "${id}". Use ${list}.`,
  },
  portfolioMap: {
    strategicVip: "Estratégicos / VIP",
    action:
      "Fidelización: estrategias de fidelización y crecimiento a largo plazo para una relación estable y satisfactoria.",
    highVolumeLowMargin: "Alto volumen, baja rentabilidad",
    action2: "Optimizar rentabilidad: optimizar procesos o renegociar condiciones comerciales.",
    lowVolumeHighMargin: "Bajo volumen, alta rentabilidad",
    action3: "Desarrollar: venta cruzada y aumento de la frecuencia de compra.",
    growthPotential: "Potencial de crecimiento",
    action4: "Desarrollar el cliente: campañas específicas según su potencial.",
    atRisk: "En riesgo",
    action5: "Reactivación: campañas de retención personalizadas para reactivar su interés.",
    maintain: "Mantener",
    action6: "Mantener: atender con bajo coste de servicio (condiciones estándar, canales digitales).",
    lossMaking: "Con pérdidas",
    action7:
      "Revisar precios, renegociar o dejar de servir: cada venta pierde dinero; revise precios, descuentos y coste de servicio, o deje de servir.",
    highValue: "Alto valor",
    action8:
      "Fidelización: conserve este negocio con un plan a largo plazo; añada datos de margen o coste para distinguir rentables de no rentables.",
    lowValue: "Bajo valor",
    shareOfRevenueMade: "Parte de las ventas de los clientes de alto valor",
    defaultTheCustomersMaking: "por defecto: los clientes que suman el 80 % de las ventas son de alto valor",
    minimumRevenueOfA: "Ventas mínimas de un cliente de alto valor",
    revenueOfTheLast: (valueShare: string) =>
      `ventas del último cliente dentro del primer ${valueShare} de las ventas`,
    minimumMarginOfA: "Margen % mínimo de un cliente de alta rentabilidad",
    revenueWeightedAverageMargin: "margen % medio de la cartera ponderado por ventas",
    andBeyondTheNormal: ", y más allá de los altibajos normales de las compras del cliente",
    text: "",
    revenueGrowthThatCounts: "Crecimiento de ventas que cuenta como crecer",
    default: (defaultTrendChange: string, versus: string, beyondChance: string) =>
      `por defecto: +${defaultTrendChange} ${versus}${beyondChance}`,
    revenueDropThatCounts: "Caída de ventas que cuenta como declive claro",
    default2: (defaultTrendChange: string, versus: string, beyondChance: string) =>
      `por defecto: −${defaultTrendChange} ${versus}${beyondChance}`,
    silenceInMultiplesOf: "Silencio, en múltiplos del ritmo de compra propio del cliente",
    defaultTwiceTheCustomer:
      "por defecto: el doble del ritmo de compra propio (intervalo mediano entre compras)",
    silenceDaysForCustomers: "Silencio (días) para clientes sin ritmo de compra",
    defaultDays: (defaultSilenceDays: number) => `por defecto: ${defaultSilenceDays} días`,
    noMarginDataThe: (shownNames: string) =>
      `Sin datos de margen: el mapa es solo valor × tendencia (${shownNames}); nada aquí indica qué clientes son rentables. Asigne una columna de margen, coste o margen % para separar clientes rentables y no rentables.`,
    noMarginMarginMissing: (unknownMargin: string) =>
      `${unknownMargin}: sin margen % (margen ausente o ventas 0) y cuentan como baja rentabilidad.`,
    noPreviousPeriodRevenue:
      "Sin ventas del periodo anterior: no se puede juzgar crecimiento ni declive; asigne una columna de ventas del periodo anterior o use datos de transacciones con fechas.",
    noLastPurchaseDates: "Sin fechas de última compra: no se pueden detectar silencios largos.",
    noCustomerHasPositive: "Ningún cliente tiene ventas positivas, así que ninguno es de alto valor.",
    header: "Días sin comprar antes de estar en riesgo",
    growing: "En crecimiento",
    stable: "Estable",
    decliningOrSilent: "En declive o inactivo",
    text2: (valueLabels: string, bandLabels: string) => `${valueLabels} · ${bandLabels}`,
    portfolioMap: "Mapa de cartera",
    rowAxis: "Valor · tendencia",
    margin: "Margen",
    marginNoData: "Margen (sin datos)",
    negativeMargin: "Margen negativo",
    lowMargin: "Margen bajo",
    highMargin: "Margen alto",
    marginUnknown: "Margen desconocido",
    newTrend: "nueva (nada en el periodo anterior)",
    portfolioMethodLabel: "Mapa de cartera (valor × margen)",
    portfolioMapValueTrend: "Mapa de cartera (valor × tendencia)",
    portfolioMethodDescription: "Valor × margen × tendencia: estratégicos, en riesgo, a desarrollar.",
    portfolioMethodArgument: "cartera",
  },
  rfm: {
    rfmNeedsEachCustomer:
      "RFM necesita la fecha de la última compra de cada cliente (recencia). Asigne una columna a «Última compra» o use datos de transacciones con fechas.",
    rfmNeedsTheNumber:
      "RFM necesita el número de pedidos por cliente (frecuencia). Asigne una columna a «Pedidos» o use datos de transacciones.",
    rfmScoresAreRank:
      "Las puntuaciones RFM son quintiles por rango: puntuación = 1 + entero(5 × clientes con peor valor / clientes); los valores iguales comparten puntuación; la recencia se invierte (más reciente = 5).",
    recency: "Recencia",
    frequency: "Frecuencia",
    monetary: "Valor monetario",
    hasOnlyAmongAre: (name: string, distinct: string, known: string, length: string, unused: string) =>
      `${name} tiene solo ${distinct} entre ${known}: ${length} ${unused} sin usar, porque los clientes con valores iguales comparten puntuación.`,
    isUnknownForThey: (name: string, unknown: string) => `${name} es desconocida para ${unknown}; puntúan 1.`,
    header: "Días desde la última compra",
    header2: "Compras",
    header3: "Puntuación R",
    header4: "Puntuación F",
    header5: "Puntuación M",
    header6: "RFM",
    scoreAtMostDays: (name: string, s: number) => `${name} puntuación ${s}: como máximo (días)`,
    scoreAtLeast: (name: string, s: number) => `${name} puntuación ${s}: como mínimo`,
    source: "quintil por rango de los datos",
    rfmMapRecencyFrequency: "Mapa RFM (recencia × frecuencia)",
    rowAxis: "Puntuación de frecuencia",
    columnAxis: "Puntuación de recencia (5 = más reciente)",
    f: (s: number) => `F ${s}`,
    r: (s: number) => `R ${s}`,
    rfmMethodLabel: "RFM (recencia, frecuencia, valor monetario)",
    rfmMethodDescription: "Puntuaciones 1–5 de recencia, frecuencia y valor, diez segmentos.",
    rfmMethodArgument: "rfm",
  },
  segmentCustomers: {
    revenueOfCustomerIs: (ids: string, revenue: number) =>
      `Las ventas del cliente "${ids}" no son un número (${revenue}). Cada cliente necesita ventas numéricas (0 es válido).`,
  },
  segmentationBuilder: {
    thresholdMustBeA: (id: string, label: string, override: string) =>
      `El umbral "${id}" (${label}) debe ser un número finito; se recibió ${override}.`,
    source: "fijado por el usuario",
    theMethodHasNo: (method: string, id: string, known: string) =>
      `El método ${method} no tiene el umbral "${id}". Umbrales disponibles: ${known}.`,
    theMinimumSegmentSize: (minSegmentSize: number) =>
      `El tamaño mínimo de segmento debe ser un número entero de clientes, 1 o más; se recibió ${minSegmentSize}.`,
    segmentHasOnlyFewer: (name: string, customers: string, minSize: number) =>
      `El segmento "${name}" tiene solo ${customers}, menos que el mínimo de ${minSize}: demasiado pequeño para actuar como grupo; considere unirlo a otro o revisar estos clientes uno a uno.`,
  },
};
