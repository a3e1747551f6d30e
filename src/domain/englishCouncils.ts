import type { Council } from './council.js'

/**
 * The 152 English councils with children's services responsibilities in
 * 2012-13, by DfE three-digit code and region, as in the scorecards of that time.
 */
const byRegion: Record<string, [string, string][]> = {
  'North East': [
    ['390', 'Gateshead'], ['391', 'Newcastle upon Tyne'], ['392', 'North Tyneside'], ['393', 'South Tyneside'],
    ['394', 'Sunderland'], ['805', 'Hartlepool'], ['806', 'Middlesbrough'], ['807', 'Redcar and Cleveland'],
    ['808', 'Stockton-on-Tees'], ['840', 'Durham'], ['841', 'Darlington'], ['929', 'Northumberland'],
  ],
  'North West': [
    ['340', 'Knowsley'], ['341', 'Liverpool'], ['342', 'St. Helens'], ['343', 'Sefton'], ['344', 'Wirral'],
    ['350', 'Bolton'], ['351', 'Bury'], ['352', 'Manchester'], ['353', 'Oldham'], ['354', 'Rochdale'],
    ['355', 'Salford'], ['356', 'Stockport'], ['357', 'Tameside'], ['358', 'Trafford'], ['359', 'Wigan'],
    ['876', 'Halton'], ['877', 'Warrington'], ['888', 'Lancashire'], ['889', 'Blackburn with Darwen'],
    ['890', 'Blackpool'], ['895', 'Cheshire East'], ['896', 'Cheshire West and Chester'], ['909', 'Cumbria'],
  ],
  'Yorkshire and the Humber': [
    ['370', 'Barnsley'], ['371', 'Doncaster'], ['372', 'Rotherham'], ['373', 'Sheffield'], ['380', 'Bradford'],
    ['381', 'Calderdale'], ['382', 'Kirklees'], ['383', 'Leeds'], ['384', 'Wakefield'], ['810', 'Kingston upon Hull, City of'],
    ['811', 'East Riding of Yorkshire'], ['812', 'North East Lincolnshire'], ['813', 'North Lincolnshire'],
    ['815', 'North Yorkshire'], ['816', 'York'],
  ],
  'East Midlands': [
    ['830', 'Derbyshire'], ['831', 'Derby'], ['855', 'Leicestershire'], ['856', 'Leicester'], ['857', 'Rutland'],
    ['891', 'Nottinghamshire'], ['892', 'Nottingham'], ['925', 'Lincolnshire'], ['928', 'Northamptonshire'],
  ],
  'West Midlands': [
    ['330', 'Birmingham'], ['331', 'Coventry'], ['332', 'Dudley'], ['333', 'Sandwell'], ['334', 'Solihull'],
    ['335', 'Walsall'], ['336', 'Wolverhampton'], ['860', 'Staffordshire'], ['861', 'Stoke-on-Trent'],
    ['884', 'Herefordshire'], ['885', 'Worcestershire'], ['893', 'Shropshire'], ['894', 'Telford and Wrekin'],
    ['937', 'Warwickshire'],
  ],
  'East of England': [
    ['820', 'Bedford'], ['821', 'Luton'], ['822', 'Central Bedfordshire'], ['873', 'Cambridgeshire'],
    ['874', 'Peterborough'], ['881', 'Essex'], ['882', 'Southend-on-Sea'], ['883', 'Thurrock'],
    ['919', 'Hertfordshire'], ['926', 'Norfolk'], ['935', 'Suffolk'],
  ],
  'Inner London': [
    ['201', 'City of London'], ['202', 'Camden'], ['203', 'Greenwich'], ['204', 'Hackney'],
    ['205', 'Hammersmith and Fulham'], ['206', 'Islington'], ['207', 'Kensington and Chelsea'], ['208', 'Lambeth'],
    ['209', 'Lewisham'], ['210', 'Southwark'], ['211', 'Tower Hamlets'], ['212', 'Wandsworth'], ['213', 'Westminster'],
  ],
  'Outer London': [
    ['301', 'Barking and Dagenham'], ['302', 'Barnet'], ['303', 'Bexley'], ['304', 'Brent'], ['305', 'Bromley'],
    ['306', 'Croydon'], ['307', 'Ealing'], ['308', 'Enfield'], ['309', 'Haringey'], ['310', 'Harrow'],
    ['311', 'Havering'], ['312', 'Hillingdon'], ['313', 'Hounslow'], ['314', 'Kingston upon Thames'],
    ['315', 'Merton'], ['316', 'Newham'], ['317', 'Redbridge'], ['318', 'Richmond upon Thames'], ['319', 'Sutton'],
    ['320', 'Waltham Forest'],
  ],
  'South East': [
    ['825', 'Buckinghamshire'], ['826', 'Milton Keynes'], ['845', 'East Sussex'], ['846', 'Brighton and Hove'],
    ['850', 'Hampshire'], ['851', 'Portsmouth'], ['852', 'Southampton'], ['867', 'Bracknell Forest'],
    ['868', 'Windsor and Maidenhead'], ['869', 'West Berkshire'], ['870', 'Reading'], ['871', 'Slough'],
    ['872', 'Wokingham'], ['886', 'Kent'], ['887', 'Medway'], ['921', 'Isle of Wight'], ['931', 'Oxfordshire'],
    ['936', 'Surrey'], ['938', 'West Sussex'],
  ],
  'South West': [
    ['420', 'Isles of Scilly'], ['800', 'Bath and North East Somerset'], ['801', 'Bristol, City of'],
    ['802', 'North Somerset'], ['803', 'South Gloucestershire'], ['835', 'Dorset'], ['836', 'Poole'],
    ['837', 'Bournemouth'], ['865', 'Wiltshire'], ['866', 'Swindon'], ['878', 'Devon'], ['879', 'Plymouth'],
    ['880', 'Torbay'], ['908', 'Cornwall'], ['916', 'Gloucestershire'], ['933', 'Somerset'],
  ],
}

export const ENGLISH_COUNCILS: readonly Council[] = Object.entries(byRegion)
  .flatMap(([region, list]) => list.map(([code, name]) => ({ code, name, region })))
  .sort((a, b) => (a.code < b.code ? -1 : 1))

const byCode = new Map(ENGLISH_COUNCILS.map((c) => [c.code, c]))

export function councilByCode(code: string): Council {
  return byCode.get(code) ?? { code, name: `Council ${code}`, region: 'Unknown' }
}
