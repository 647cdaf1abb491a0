/// Copies of the seed tables the demo-generator tests need (Seeds/*.csv), embedded so the
/// test target needs no resources. Regenerate when the seeds change.
enum DemoSeedFixtures {
    static let employers = #"""
        code,name,kind,kind_detail,seat,lat,lon,cbs_code,cao,approx_fte,dissolved_year,provenance
        ALM,Gemeente Almelo,gemeente,gemeente,Almelo,52.3553,6.6586,GM0141,Cao Gemeenten,768,,"seat:S47; latlon:U; cbs:S44; cao:S10+U; fte:S48 (768 fte / ~1,200 staff in 2011) (keys resolve in reference_data.md Sources)"
        BRN,Gemeente Borne,gemeente,gemeente,Borne,52.2990,6.7540,GM0147,Cao Gemeenten,150,,seat:S49; latlon:U; cbs:S44; cao:S10+U; fte:U(estimate) (keys resolve in reference_data.md Sources)
        DNK,Gemeente Dinkelland,gemeente,gemeente,Denekamp,52.3772,7.0050,GM1774,Cao SGO/Cao Gemeenten via Noaberkracht (employer),,,seat:S51; latlon:U; cbs:S44; cao:S32+U; fte:n/a - staff are employed by Noaberkracht (see NBK) S32 (keys resolve in reference_data.md Sources)
        ENS,Gemeente Enschede,gemeente,gemeente,Enschede,52.2212,6.8937,GM0153,Cao Gemeenten,1500,,seat:U; latlon:U; cbs:S44; cao:S10+U; fte:U(estimate) (keys resolve in reference_data.md Sources)
        HKB,Gemeente Haaksbergen,gemeente,gemeente,Haaksbergen,52.1563,6.7391,GM0158,Cao Gemeenten,170,,seat:U; latlon:U; cbs:S44; cao:S10+U; fte:U(estimate) (keys resolve in reference_data.md Sources)
        HLD,Gemeente Hellendoorn,gemeente,gemeente,Nijverdal,52.3617,6.4640,GM0163,Cao Gemeenten,240,,seat:S50; latlon:U; cbs:S44; cao:S10+U; fte:U(estimate) (keys resolve in reference_data.md Sources)
        HGL,Gemeente Hengelo,gemeente,gemeente,Hengelo,52.2640,6.7946,GM0164,Cao Gemeenten,700,,seat:S46; latlon:U; cbs:S44; cao:S10+U; fte:U(estimate) (keys resolve in reference_data.md Sources)
        HVT,Gemeente Hof van Twente,gemeente,gemeente,Goor,52.2336,6.5868,GM1735,Cao Gemeenten,250,,seat:S45; latlon:U; cbs:S45; cao:S10+U; fte:U(estimate) (keys resolve in reference_data.md Sources)
        LOS,Gemeente Losser,gemeente,gemeente,Losser,52.2612,7.0042,GM0168,Cao Gemeenten,150,,seat:U; latlon:U; cbs:S44; cao:S10+U; fte:U(estimate) (keys resolve in reference_data.md Sources)
        OLD,Gemeente Oldenzaal,gemeente,gemeente,Oldenzaal,52.3128,6.9283,GM0173,Cao Gemeenten,220,,seat:U; latlon:U; cbs:S44; cao:S10+U; fte:U(estimate) (keys resolve in reference_data.md Sources)
        RHO,Gemeente Rijssen-Holten,gemeente,gemeente,Rijssen,52.3081,6.5175,GM1742,Cao Gemeenten,230,,seat:U; latlon:U; cbs:S44; cao:S10+U; fte:U(estimate) (keys resolve in reference_data.md Sources)
        TUB,Gemeente Tubbergen,gemeente,gemeente,Tubbergen,52.4069,6.7838,GM0183,Cao SGO/Cao Gemeenten via Noaberkracht (employer),,,seat:S52; latlon:U; cbs:S44+S52; cao:S32+U; fte:n/a - staff are employed by Noaberkracht (see NBK) S32 (keys resolve in reference_data.md Sources)
        TWR,Gemeente Twenterand,gemeente,gemeente,Vriezenveen,52.4089,6.6224,GM1700,Cao Gemeenten,220,,seat:S51; latlon:U; cbs:S44; cao:S10+U; fte:U(estimate) (keys resolve in reference_data.md Sources)
        WDN,Gemeente Wierden,gemeente,gemeente,Wierden,52.3591,6.5937,GM0189,Cao Gemeenten,160,,seat:S52; latlon:U; cbs:S44+S52; cao:S10+U; fte:U(estimate) (keys resolve in reference_data.md Sources)
        RT,Regio Twente (dissolved; legal successor for health tasks = SamenTwente),gemeenschappelijke regeling,gemeenschappelijke regeling (historic),Enschede,52.2250,6.8850,,was Cao SGO-type (historic),,2021,"seat:S54; latlon:U; cao:U; fte:n/a - ~600 medewerkers (undated, incl. former Hulpverleningsdienst) S53 (keys resolve in reference_data.md Sources)"
        ST,"SamenTwente (GR Gezondheid: GGD Twente, Veilig Thuis Twente, OZJT)",gemeenschappelijke regeling,gemeenschappelijke regeling,Enschede,52.2250,6.8850,,Cao SGO,450,,seat:U; latlon:U; cao:U; fte:U(estimate) (keys resolve in reference_data.md Sources)
        VRT,Veiligheidsregio Twente,veiligheidsregio,veiligheidsregio (openbaar lichaam),Enschede,52.2250,6.8850,,"Rechtspositieregeling veiligheidsregio's (WVSV/LOAV; public-law, not under Wnra; follows Cao Gemeenten where possible)",450,,seat:S35; latlon:U; cao:S37; fte:U(estimate) (keys resolve in reference_data.md Sources)
        GBT,Gemeentelijk Belastingkantoor Twente (GBTwente),belastingkantoor,gemeenschappelijke regeling,Hengelo,52.2650,6.7930,,Cao SGO,150,,seat:S38; latlon:U; cao:U; fte:U(estimate) (keys resolve in reference_data.md Sources)
        WVS,Waterschap Vechtstromen,waterschap,waterschap,Almelo,52.3567,6.6625,,Cao Werken voor waterschappen (VwVw),600,,seat:S42; latlon:U; cao:S14+S13; fte:U(estimate) (keys resolve in reference_data.md Sources)
        NBK,Noaberkracht Dinkelland Tubbergen,gemeenschappelijke regeling,gemeenschappelijke regeling (bedrijfsvoeringsorganisatie),Tubbergen / Denekamp,52.4069,6.7838,,Cao SGO,330,,seat:S32+U; latlon:U; cao:U; fte:U(estimate) (keys resolve in reference_data.md Sources)
        """#

    static let domains = #"""
        code,name_nl,name_en,provenance
        geo,"Basisregistraties (BAG, WOZ, BGT/topografie, GEO)",Base registers and GIS,koppel (grouping of reference_data.md section 5)
        juridisch,Juridische zaken,Legal affairs,koppel (grouping of reference_data.md section 5)
        communicatie,Communicatie,Communication,koppel (grouping of reference_data.md section 5)
        inkoop,Inkoop,Procurement,koppel (grouping of reference_data.md section 5)
        facilitair,Facilitaire zaken,Facilities,koppel (grouping of reference_data.md section 5)
        financien,Financiën & control,Finance and control,koppel (grouping of reference_data.md section 5)
        ict,ICT en informatieveiligheid,ICT and information security,koppel (grouping of reference_data.md section 5)
        sociaal,Sociaal domein,Social domain,koppel (grouping of reference_data.md section 5)
        burgerzaken,Burgerzaken en KCC,Civil affairs and customer contact,koppel (grouping of reference_data.md section 5)
        ro,Ruimtelijke ordening en Omgevingswet,Spatial planning,koppel (grouping of reference_data.md section 5)
        belastingen,Belastingen,Municipal taxes,koppel (grouping of reference_data.md section 5)
        water,Waterbeheer,Water management,koppel (grouping of reference_data.md section 5)
        veiligheid,Brandweer en crisisbeheersing,Fire service and crisis management,koppel (grouping of reference_data.md section 5)
        management,Management en beleid,Management and policy,koppel (reference_data.md 3.1)
        """#

    static let skills = #"""
        id,label_nl,label_en,esco_uri,domain,provenance
        esco:440f64e5-e66c-45ee-bc29-53c14a2ad720,GIS gebruiken,use geographic information systems,http://data.europa.eu/esco/skill/440f64e5-e66c-45ee-bc29-53c14a2ad720,geo,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:377861af-f966-4c87-a2db-7e99904312b9,Geografische informatiesystemen (kennis),geographic information systems,http://data.europa.eu/esco/skill/377861af-f966-4c87-a2db-7e99904312b9,geo,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:2dfa5bd5-c87c-461c-bce9-69b2c58732bd,Cartografie,cartography,http://data.europa.eu/esco/skill/2dfa5bd5-c87c-461c-bce9-69b2c58732bd,geo,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:790a335b-2005-4b8a-b6fe-47ff7701ebb7,Topografie,topography,http://data.europa.eu/esco/skill/790a335b-2005-4b8a-b6fe-47ff7701ebb7,geo,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:1cca610d-2afc-44a7-97fc-f2262fb5fc75,Landmeten / inmeten,surveying,http://data.europa.eu/esco/skill/1cca610d-2afc-44a7-97fc-f2262fb5fc75,geo,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:2b834a98-14ff-47e1-8aef-cf8ffae912fa,Kaartgegevens verzamelen,collect mapping data,http://data.europa.eu/esco/skill/2b834a98-14ff-47e1-8aef-cf8ffae912fa,geo,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:cc7370dd-69fa-4c67-a96f-d4d135d38700,Datakwaliteit beoordelen,data quality assessment,http://data.europa.eu/esco/skill/cc7370dd-69fa-4c67-a96f-d4d135d38700,geo,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:50b100ea-74fd-4706-99db-3e4ca55e51b8,Gegevens opschonen,perform data cleansing,http://data.europa.eu/esco/skill/50b100ea-74fd-4706-99db-3e4ca55e51b8,geo,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:9ff9db9d-d14b-426e-83f3-e7449af6c79f,Data beheren,manage data,http://data.europa.eu/esco/skill/9ff9db9d-d14b-426e-83f3-e7449af6c79f,geo,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:15e6992d-0b78-4693-a0d0-87d7f30b5fd7,Kadaster / vastgoedregister beheren,manage cadastre,http://data.europa.eu/esco/skill/15e6992d-0b78-4693-a0d0-87d7f30b5fd7,geo,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:ea451251-71ab-4f89-8c0d-53344ef7004f,Juridisch advies geven,provide legal advice,http://data.europa.eu/esco/skill/ea451251-71ab-4f89-8c0d-53344ef7004f,juridisch,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:a8585efe-4011-47b2-9aed-cd01bd3652c0,Juridisch onderzoek,legal research,http://data.europa.eu/esco/skill/a8585efe-4011-47b2-9aed-cd01bd3652c0,juridisch,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:6e5b66f0-ff0b-4d18-bce5-ffcd2e7de127,Wetgeving analyseren,analyse legislation,http://data.europa.eu/esco/skill/6e5b66f0-ff0b-4d18-bce5-ffcd2e7de127,juridisch,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:303a54a3-ff8a-4f29-b598-e54ce54c2b48,Juridisch bewijs analyseren,analyse legal evidence,http://data.europa.eu/esco/skill/303a54a3-ff8a-4f29-b598-e54ce54c2b48,juridisch,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:f0153530-9ff3-4fe6-8f9e-012d06ac5b89,Juiste rechtstoepassing waarborgen,ensure law application,http://data.europa.eu/esco/skill/f0153530-9ff3-4fe6-8f9e-012d06ac5b89,juridisch,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:8e105acc-e365-481b-bf6b-7e3f8ff19417,Klachten (en bezwaren) behandelen,handle complaints,http://data.europa.eu/esco/skill/8e105acc-e365-481b-bf6b-7e3f8ff19417,juridisch,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:66aad490-1c20-4e25-b189-634a218ee53e,Juridisch zaakbeheer,legal case management,http://data.europa.eu/esco/skill/66aad490-1c20-4e25-b189-634a218ee53e,juridisch,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:5c606d18-6404-4047-b235-350f18e11827,Contractenrecht,contract law,http://data.europa.eu/esco/skill/5c606d18-6404-4047-b235-350f18e11827,juridisch,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:d3e9b00a-0891-4fa8-836d-8240ec3d2758,AVG,GDPR,http://data.europa.eu/esco/skill/d3e9b00a-0891-4fa8-836d-8240ec3d2758,juridisch,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:3c834f6e-523a-49ee-8ed1-e073e28ae6fe,Communicatiestrategie ontwikkelen,develop communications strategies,http://data.europa.eu/esco/skill/3c834f6e-523a-49ee-8ed1-e073e28ae6fe,communicatie,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:7800332c-a8eb-4792-8d72-50d509616154,Persberichten schrijven,draft press releases,http://data.europa.eu/esco/skill/7800332c-a8eb-4792-8d72-50d509616154,communicatie,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:c606cb12-9c63-4d2d-a58a-934b1dd3a0a8,PR-strategie ontwikkelen,develop public relations strategies,http://data.europa.eu/esco/skill/c606cb12-9c63-4d2d-a58a-934b1dd3a0a8,communicatie,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:5330b70e-16f5-43a7-a6de-18fd6a4bd063,Public relations,public relations,http://data.europa.eu/esco/skill/5330b70e-16f5-43a7-a6de-18fd6a4bd063,communicatie,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:2691f4d8-d090-423f-afd7-9e721f562e8d,Adviseren over public relations,advise on public relations,http://data.europa.eu/esco/skill/2691f4d8-d090-423f-afd7-9e721f562e8d,communicatie,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:5303169c-75d6-4751-9136-a4b88343388c,Social media beheren,social media management,http://data.europa.eu/esco/skill/5303169c-75d6-4751-9136-a4b88343388c,communicatie,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:1ba59ce0-7fec-434b-8d5c-9b275250a26c,Presentatiemateriaal maken,prepare presentation material,http://data.europa.eu/esco/skill/1ba59ce0-7fec-434b-8d5c-9b275250a26c,communicatie,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:03589d0d-a6f0-4d68-b5eb-dafbc6833efe,Folders schrijven,write leaflets,http://data.europa.eu/esco/skill/03589d0d-a6f0-4d68-b5eb-dafbc6833efe,communicatie,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:5f00bf83-f776-4488-b312-6725f8b6783a,Publieksraadplegingen/participatie organiseren,conduct public surveys,http://data.europa.eu/esco/skill/5f00bf83-f776-4488-b312-6725f8b6783a,communicatie,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:4b2c4de9-43d7-4905-9d58-bc2e7d84b2e1,Aanbestedingsprocessen beheren,manage tender processes,http://data.europa.eu/esco/skill/4b2c4de9-43d7-4905-9d58-bc2e7d84b2e1,inkoop,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:6789d5a3-34ca-4417-bb93-331319b01da3,Aanbestedingsdocumenten opstellen,draft tender documentation,http://data.europa.eu/esco/skill/6789d5a3-34ca-4417-bb93-331319b01da3,inkoop,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:8faefbc1-4745-4b3f-9889-81cd1d40b67c,Inschrijvingen beoordelen,evaluate tender,http://data.europa.eu/esco/skill/8faefbc1-4745-4b3f-9889-81cd1d40b67c,inkoop,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:2c4b6914-4b97-4e35-85cb-e6602a8bb04a,Aanbesteding uitvoeren,carry out tendering,http://data.europa.eu/esco/skill/2c4b6914-4b97-4e35-85cb-e6602a8bb04a,inkoop,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:9b862976-aa05-4bde-8ed6-8f39790edd0f,Aanbestedingsrecht,procurement legislation,http://data.europa.eu/esco/skill/9b862976-aa05-4bde-8ed6-8f39790edd0f,inkoop,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:3bc08c26-2f98-4730-bbb6-ec4a8566e3cf,Inkoopcyclus,procurement lifecycle,http://data.europa.eu/esco/skill/3bc08c26-2f98-4730-bbb6-ec4a8566e3cf,inkoop,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:92721092-fe7c-4689-96bd-4f02385bc0e7,Contracten beheren,manage contracts,http://data.europa.eu/esco/skill/92721092-fe7c-4689-96bd-4f02385bc0e7,inkoop,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:5f2efbdf-08a2-49cd-9c06-bd284e4f0fbf,Voorwaarden met leveranciers onderhandelen,negotiate terms with suppliers,http://data.europa.eu/esco/skill/5f2efbdf-08a2-49cd-9c06-bd284e4f0fbf,inkoop,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:378caeec-10a0-4162-b75c-ab374a42e93d,E-procurement (TenderNed),e-procurement,http://data.europa.eu/esco/skill/378caeec-10a0-4162-b75c-ab374a42e93d,inkoop,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:73225018-7139-433b-bdba-2b90774761d9,Inkooporders uitgeven,issue purchase orders,http://data.europa.eu/esco/skill/73225018-7139-433b-bdba-2b90774761d9,inkoop,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:f41d4cd2-58ed-4ad6-b9c1-a5175c88d392,Facilitaire diensten beheren,manage facilities services,http://data.europa.eu/esco/skill/f41d4cd2-58ed-4ad6-b9c1-a5175c88d392,facilitair,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:746d4d58-7e6b-417c-a0b3-3f0c44564a2e,Facilitair beleid plannen,plan facilities management policies,http://data.europa.eu/esco/skill/746d4d58-7e6b-417c-a0b3-3f0c44564a2e,facilitair,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:50f5e41d-7ce3-481b-aed7-ee9484545bc4,Facilitair management,facilities management in the organisation,http://data.europa.eu/esco/skill/50f5e41d-7ce3-481b-aed7-ee9484545bc4,facilitair,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:887a5c70-5524-4c7d-96cc-6cdcf1c5309f,Gebouwinstallaties inspecteren,inspect building systems,http://data.europa.eu/esco/skill/887a5c70-5524-4c7d-96cc-6cdcf1c5309f,facilitair,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:cccf3cf0-8971-4034-b2eb-35c819c3bdb2,Bezoekers registreren,register visitors,http://data.europa.eu/esco/skill/cccf3cf0-8971-4034-b2eb-35c819c3bdb2,facilitair,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:8530bc53-aa57-41dc-9034-f1a7fa5e3881,Post registreren,register mail,http://data.europa.eu/esco/skill/8530bc53-aa57-41dc-9034-f1a7fa5e3881,facilitair,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:21c5790c-0930-4d74-b3b0-84caf5af12ea,Budgetten beheren,manage budgets,http://data.europa.eu/esco/skill/21c5790c-0930-4d74-b3b0-84caf5af12ea,facilitair,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:15a33d76-4640-438d-ae64-fdc0c1d3eebc,Klantenservice,customer service,http://data.europa.eu/esco/skill/15a33d76-4640-438d-ae64-fdc0c1d3eebc,facilitair,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:f7464f30-662b-4177-85a0-3df9693e9e58,Eerste hulp (BHV),first aid,http://data.europa.eu/esco/skill/f7464f30-662b-4177-85a0-3df9693e9e58,facilitair,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:99571e68-801f-49af-a897-5f75996642e1,Financiele analyse,financial analysis,http://data.europa.eu/esco/skill/99571e68-801f-49af-a897-5f75996642e1,financien,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:60f51172-37c0-4933-a27a-cbf55dcd7580,Jaarrekening opstellen,prepare financial statements,http://data.europa.eu/esco/skill/60f51172-37c0-4933-a27a-cbf55dcd7580,financien,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:d37bc902-f640-48d7-9db4-544db9aa65fa,Financiele prognoses maken,prepare financial projections,http://data.europa.eu/esco/skill/d37bc902-f640-48d7-9db4-544db9aa65fa,financien,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:2ada2f9d-77f7-4ba0-9096-89ae285a65c5,Financiele rekeningen bewaken,monitor financial accounts,http://data.europa.eu/esco/skill/2ada2f9d-77f7-4ba0-9096-89ae285a65c5,financien,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:387ee646-0aaa-4161-ab3b-cde87ec09fdf,Overheidsfinancien,public finance,http://data.europa.eu/esco/skill/387ee646-0aaa-4161-ab3b-cde87ec09fdf,financien,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:8804d963-5a31-4609-b5df-f741b7199fb7,Interne controle / audit,internal auditing,http://data.europa.eu/esco/skill/8804d963-5a31-4609-b5df-f741b7199fb7,financien,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:6eff134b-e34f-4d6e-a6e8-5e47cf2228d0,Risicomanagement,risk management,http://data.europa.eu/esco/skill/6eff134b-e34f-4d6e-a6e8-5e47cf2228d0,financien,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:74688c5d-2af1-4f7a-9d1c-00e808eaa1e6,Begrotingsprincipes,budgetary principles,http://data.europa.eu/esco/skill/74688c5d-2af1-4f7a-9d1c-00e808eaa1e6,financien,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:52e53619-fa77-4f72-b237-5e4aae784dc2,Financieel management,financial management,http://data.europa.eu/esco/skill/52e53619-fa77-4f72-b237-5e4aae784dc2,financien,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:8088750d-8388-4170-a76f-48354c469c44,Cybersecurity,cyber security,http://data.europa.eu/esco/skill/8088750d-8388-4170-a76f-48354c469c44,ict,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:3ff589b7-68df-4ea5-ae41-b395bdb2378f,"ICT-beveiligingsnormen (ISO 27001/27002, BIO)",ICT security standards,http://data.europa.eu/esco/skill/3ff589b7-68df-4ea5-ae41-b395bdb2378f,ict,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:7814e88f-c133-4c3b-b27f-857afa145d42,ICT-beveiligingswetgeving,ICT security legislation,http://data.europa.eu/esco/skill/7814e88f-c133-4c3b-b27f-857afa145d42,ict,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:11eebd42-44ab-401d-8a2c-bdb9fc9beb50,Informatiebeveiligingsstrategie,information security strategy,http://data.europa.eu/esco/skill/11eebd42-44ab-401d-8a2c-bdb9fc9beb50,ict,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:06358891-8424-43c5-891e-d40f226bef40,IT-securitycompliance beheren,manage IT security compliances,http://data.europa.eu/esco/skill/06358891-8424-43c5-891e-d40f226bef40,ict,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:14d1e367-3efe-4ec5-86ae-eca48710ee4e,ICT-beveiligingsbeleid implementeren,implement ICT security policies,http://data.europa.eu/esco/skill/14d1e367-3efe-4ec5-86ae-eca48710ee4e,ict,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:69cfc5ed-6569-4aca-a4cc-fd782ba51d9c,ICT-risicomanagement implementeren,implement ICT risk management,http://data.europa.eu/esco/skill/69cfc5ed-6569-4aca-a4cc-fd782ba51d9c,ict,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:ab49f767-296b-47d5-af56-0b4a69515b03,Identiteitsbeheer (IAM),maintain ICT identity management,http://data.europa.eu/esco/skill/ab49f767-296b-47d5-af56-0b4a69515b03,ict,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:f84a433f-34f1-4083-b0a3-24802623509c,Webservices (koppelvlakken),web services,http://data.europa.eu/esco/skill/f84a433f-34f1-4083-b0a3-24802623509c,ict,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:6fa1c2c0-a012-4ca0-9642-e01569ba322c,ICT-systeemintegratie,ICT system integration,http://data.europa.eu/esco/skill/6fa1c2c0-a012-4ca0-9642-e01569ba322c,ict,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:fbbcb9ab-4b95-4e57-a756-30d08b7da7a5,ICT-systeem onderhouden,maintain ICT system,http://data.europa.eu/esco/skill/fbbcb9ab-4b95-4e57-a756-30d08b7da7a5,ict,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:ba9260ba-1c8d-495e-94f1-f7cab7e73cea,Socialezekerheidsrecht (Participatiewet e.a.),social security law,http://data.europa.eu/esco/skill/ba9260ba-1c8d-495e-94f1-f7cab7e73cea,sociaal,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:f28c3e9b-8666-48d4-a5e4-542ac193879b,Adviseren over uitkeringen,advise on social security benefits,http://data.europa.eu/esco/skill/f28c3e9b-8666-48d4-a5e4-542ac193879b,sociaal,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:8d927aab-9202-4c02-9f39-5d478458f25c,Situatie van de inwoner beoordelen,assess social service users' situation,http://data.europa.eu/esco/skill/8d927aab-9202-4c02-9f39-5d478458f25c,sociaal,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:4f4afd0b-07e5-48fd-a7d4-0e8746c608df,(Keukentafel)gesprek voeren,conduct interview in social service,http://data.europa.eu/esco/skill/4f4afd0b-07e5-48fd-a7d4-0e8746c608df,sociaal,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:d22ed03b-5385-4c53-b399-17bfec2b61f5,Doorverwijzen naar voorzieningen,refer service users to community resources,http://data.europa.eu/esco/skill/d22ed03b-5385-4c53-b399-17bfec2b61f5,sociaal,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:09d6ed43-95a1-4492-8bd7-d01039285afa,Maatschappelijke begeleiding,provide social counselling,http://data.europa.eu/esco/skill/09d6ed43-95a1-4492-8bd7-d01039285afa,sociaal,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:39dd50ae-814c-4a15-99e9-39afcc36bf9f,Wettelijke kaders sociaal domein,legal requirements in the social sector,http://data.europa.eu/esco/skill/39dd50ae-814c-4a15-99e9-39afcc36bf9f,sociaal,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:f2d63656-169c-4110-99fe-33914f902466,Jeugdbescherming,child protection,http://data.europa.eu/esco/skill/f2d63656-169c-4110-99fe-33914f902466,sociaal,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:d4eaa90c-598f-4453-a0b8-28345ba63bf2,Budgetten sociale voorzieningen beheren,manage budgets for social services programs,http://data.europa.eu/esco/skill/d4eaa90c-598f-4453-a0b8-28345ba63bf2,sociaal,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:bd17a64e-a9bd-439d-9b87-01c6bb1b7e09,Dossiervoering,maintain records of work with service users,http://data.europa.eu/esco/skill/bd17a64e-a9bd-439d-9b87-01c6bb1b7e09,sociaal,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:6d2872f7-219c-43b0-a2cc-99f411121c03,"Officiele documenten verstrekken (reisdocumenten, rijbewijzen, uittreksels)",issue official documents,http://data.europa.eu/esco/skill/6d2872f7-219c-43b0-a2cc-99f411121c03,burgerzaken,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:a1efea8f-62a8-4f9e-bd07-7d0c193f725e,Officiele documenten controleren (identiteitsvaststelling),check official documents,http://data.europa.eu/esco/skill/a1efea8f-62a8-4f9e-bd07-7d0c193f725e,burgerzaken,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:29bd4e41-98f7-4525-8b6a-4687b5c9bece,Geboorte registreren,register birth,http://data.europa.eu/esco/skill/29bd4e41-98f7-4525-8b6a-4687b5c9bece,burgerzaken,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:7e44b647-e1ca-402e-a990-c75362e45ebc,Overlijden registreren,register death,http://data.europa.eu/esco/skill/7e44b647-e1ca-402e-a990-c75362e45ebc,burgerzaken,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:54f7875e-ca4c-4ff7-992d-10ce9ef8abfe,Reisdocumentenadministratie,keep records of passports,http://data.europa.eu/esco/skill/54f7875e-ca4c-4ff7-992d-10ce9ef8abfe,burgerzaken,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:5d5ba629-0b4c-424f-8803-000c3736f3f7,Persoonsgegevens zorgvuldig verwerken,handle personal identifiable information,http://data.europa.eu/esco/skill/5d5ba629-0b4c-424f-8803-000c3736f3f7,burgerzaken,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:5a0bffcf-4ff6-49cf-a7db-4142e63f5f04,Telefoon KCC beantwoorden,answer incoming calls,http://data.europa.eu/esco/skill/5a0bffcf-4ff6-49cf-a7db-4142e63f5f04,burgerzaken,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:404b3fcd-306a-4d18-b5db-d90c517ff72f,Vergunningen/ontheffingen verlenen,issue licences,http://data.europa.eu/esco/skill/404b3fcd-306a-4d18-b5db-d90c517ff72f,burgerzaken,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:7f18039d-dfae-471b-9daa-507f6b2d2842,Ruimtelijke planvorming,urban planning,http://data.europa.eu/esco/skill/7f18039d-dfae-471b-9daa-507f6b2d2842,ro,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:1f632076-fd9b-4b18-a9a2-b59a59181d3e,Omgevingsrecht / RO-recht,urban planning law,http://data.europa.eu/esco/skill/1f632076-fd9b-4b18-a9a2-b59a59181d3e,ro,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:27c7910a-c3b5-4d8d-a713-a6c334929a42,Ruimtelijke ordening (principes),spatial planning,http://data.europa.eu/esco/skill/27c7910a-c3b5-4d8d-a713-a6c334929a42,ro,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:76654176-5cc8-4cb3-b307-4ef1b6c2543c,Bestemmings-/omgevingsplanregels,zoning codes,http://data.europa.eu/esco/skill/76654176-5cc8-4cb3-b307-4ef1b6c2543c,ro,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:6f5850ea-5785-4e2c-b062-743066fd5bdb,Milieuwetgeving,environmental legislation,http://data.europa.eu/esco/skill/6f5850ea-5785-4e2c-b062-743066fd5bdb,ro,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:e541c69c-ea80-4b17-87cb-4001d0b9d303,Milieueffecten beoordelen,assess environmental impact,http://data.europa.eu/esco/skill/e541c69c-ea80-4b17-87cb-4001d0b9d303,ro,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:615cfc39-797f-4229-8e92-159fcf8f3030,Bouwregelgeving (Bbl),building codes,http://data.europa.eu/esco/skill/615cfc39-797f-4229-8e92-159fcf8f3030,ro,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:bb5d9cf2-a5d7-481b-9fd6-d56fa3a47ae0,Omgevingsvergunningen verlenen,issue permits,http://data.europa.eu/esco/skill/bb5d9cf2-a5d7-481b-9fd6-d56fa3a47ae0,ro,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:3b64ab47-a874-403a-b781-7b23c2fc3c6c,Adviseren over bouwzaken,advise on building matters,http://data.europa.eu/esco/skill/3b64ab47-a874-403a-b781-7b23c2fc3c6c,ro,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:4f9f0410-5db0-4b3b-8de3-1ded1600c719,Bouwlocaties inspecteren (toezicht),inspect construction sites,http://data.europa.eu/esco/skill/4f9f0410-5db0-4b3b-8de3-1ded1600c719,ro,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:d669af41-756c-48d9-a286-1443253f54b1,Belastingwetgeving,tax legislation,http://data.europa.eu/esco/skill/d669af41-756c-48d9-a286-1443253f54b1,belastingen,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:2ecf90f1-c511-464b-b26f-598d69182c70,Belasting berekenen (aanslagen),calculate tax,http://data.europa.eu/esco/skill/2ecf90f1-c511-464b-b26f-598d69182c70,belastingen,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:7c86c1b1-4a06-4804-afbc-7e857145b6a5,Belasting innen,collect tax,http://data.europa.eu/esco/skill/7c86c1b1-4a06-4804-afbc-7e857145b6a5,belastingen,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:2fd26ae6-bd98-46c7-b1ba-8a0b52734fac,Invorderingstechnieken,debt collection techniques,http://data.europa.eu/esco/skill/2fd26ae6-bd98-46c7-b1ba-8a0b52734fac,belastingen,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:b1a1149a-9bc5-468d-9d09-f6d171cfd619,Onroerende zaken taxeren (WOZ),value properties,http://data.europa.eu/esco/skill/b1a1149a-9bc5-468d-9d09-f6d171cfd619,belastingen,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:bab46a75-0a6c-44cc-b7e7-28c7c55d801f,Vastgoedwaarden vergelijken,compare property values,http://data.europa.eu/esco/skill/bab46a75-0a6c-44cc-b7e7-28c7c55d801f,belastingen,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:3dbb132f-fb62-4227-8277-7c89a9fe4749,Taxatierapporten opstellen,compile appraisal reports,http://data.europa.eu/esco/skill/3dbb132f-fb62-4227-8277-7c89a9fe4749,belastingen,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:6f6163dc-a801-416c-86e9-ce857d71c24d,Vastgoedmarkt,real estate market,http://data.europa.eu/esco/skill/6f6163dc-a801-416c-86e9-ce857d71c24d,belastingen,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:f70b5f39-b8b6-407b-8c08-64fd65db79e9,Financiele geschillen (bezwaar) afhandelen,handle financial disputes,http://data.europa.eu/esco/skill/f70b5f39-b8b6-407b-8c08-64fd65db79e9,belastingen,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:b5feaf25-3975-4e74-85fd-4470e344ba2e,Adviseren over belastingbeleid,advise on tax policy,http://data.europa.eu/esco/skill/b5feaf25-3975-4e74-85fd-4470e344ba2e,belastingen,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:4ee4ed1d-dc38-48e0-a9e6-a6b64f316ea6,Waterbeleid,water policies,http://data.europa.eu/esco/skill/4ee4ed1d-dc38-48e0-a9e6-a6b64f316ea6,water,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:67bdd7f8-761e-4cb5-a561-be8e268a4f0a,Hydrologie,hydrology,http://data.europa.eu/esco/skill/67bdd7f8-761e-4cb5-a561-be8e268a4f0a,water,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:d589970b-933d-4656-bcb6-a43b3cc67888,Waterkwaliteit monitoren,monitor water quality,http://data.europa.eu/esco/skill/d589970b-933d-4656-bcb6-a43b3cc67888,water,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:b7729524-6d0e-45b6-87c8-79af1e955a5b,Overstromingsrisico bepalen,identify risk of flooding,http://data.europa.eu/esco/skill/b7729524-6d0e-45b6-87c8-79af1e955a5b,water,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:5206a9b8-8337-4f0b-ae00-163a2f55d8cf,Afvalwater zuiveren,carry out waste water treatment,http://data.europa.eu/esco/skill/5206a9b8-8337-4f0b-ae00-163a2f55d8cf,water,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:fcc29203-1f8d-4c54-90ee-78cb18467695,Toezicht op afvalwaterzuivering,supervise waste water treatments,http://data.europa.eu/esco/skill/fcc29203-1f8d-4c54-90ee-78cb18467695,water,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:1697d506-a82b-45aa-9a2f-2b71d71e1789,Waterchemie,water chemistry analysis,http://data.europa.eu/esco/skill/1697d506-a82b-45aa-9a2f-2b71d71e1789,water,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:995f7d9c-45c9-4622-b704-739982ff9070,Stroomgebiedsbeheer,watershed development,http://data.europa.eu/esco/skill/995f7d9c-45c9-4622-b704-739982ff9070,water,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:b970e437-2f8b-42e3-ae49-6718a0cca44f,Hergebruik van water,water reuse,http://data.europa.eu/esco/skill/b970e437-2f8b-42e3-ae49-6718a0cca44f,water,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:991efbde-9d52-40f7-8d4a-dc40d13913a7,Team leiden in waterbeheer,lead a team in water management,http://data.europa.eu/esco/skill/991efbde-9d52-40f7-8d4a-dc40d13913a7,water,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:301a6581-e983-4bb6-8b31-b3ee2cbc2392,Branden blussen,extinguish fires,http://data.europa.eu/esco/skill/301a6581-e983-4bb6-8b31-b3ee2cbc2392,veiligheid,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:61268e22-9367-4c3b-91d9-b651e4c142e2,Brandveiligheidsvoorschriften,fire safety regulations,http://data.europa.eu/esco/skill/61268e22-9367-4c3b-91d9-b651e4c142e2,veiligheid,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:861009ea-4d15-4e80-a8dc-7db41ecaf49b,Brandpreventie,fire prevention procedures,http://data.europa.eu/esco/skill/861009ea-4d15-4e80-a8dc-7db41ecaf49b,veiligheid,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:6074be26-466d-4df7-b845-4c44157a2529,Brandveiligheidsinspecties uitvoeren,conduct fire safety inspections,http://data.europa.eu/esco/skill/6074be26-466d-4df7-b845-4c44157a2529,veiligheid,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:f780a6ad-b01e-4c35-9746-af8fc0c5ad06,Crisisbeheersing toepassen,apply crisis management,http://data.europa.eu/esco/skill/f780a6ad-b01e-4c35-9746-af8fc0c5ad06,veiligheid,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:fa6fdb80-265c-4931-a496-e6dfd0b816bc,Samenwerken met andere hulpdiensten,coordinate with other emergency services,http://data.europa.eu/esco/skill/fa6fdb80-265c-4931-a496-e6dfd0b816bc,veiligheid,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:445b65c5-5b16-4f66-94ce-f2a7f49f9ee7,Noodprocedures beheren,manage emergency procedures,http://data.europa.eu/esco/skill/445b65c5-5b16-4f66-94ce-f2a7f49f9ee7,veiligheid,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:c1b0bfc2-4932-4e03-9077-92bc56042511,Ontruimingsplannen beheren,manage emergency evacuation plans,http://data.europa.eu/esco/skill/c1b0bfc2-4932-4e03-9077-92bc56042511,veiligheid,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:1dd23dba-dd00-45ab-abf4-642902538317,Risicoanalyse uitvoeren,perform risk analysis,http://data.europa.eu/esco/skill/1dd23dba-dd00-45ab-abf4-642902538317,veiligheid,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        esco:ddb65832-91a7-4157-9488-719a0e2ad87b,Oefeningen leiden,lead disaster recovery exercises,http://data.europa.eu/esco/skill/ddb65832-91a7-4157-9488-719a0e2ad87b,veiligheid,[S62] (ESCO URI and EN label; NL label translated by the compiler)
        nl:bag,BAG-beheer (Basisregistratie Adressen en Gebouwen),BAG address and building register,,geo,[S60]
        nl:bgt,BGT-beheer (Basisregistratie Grootschalige Topografie),BGT large-scale topography register,,geo,[S59]
        nl:woz,WOZ-waardering (Wet waardering onroerende zaken),WOZ property valuation,,belastingen,[S38]
        nl:gemeentelijke-belastingen,"Gemeentelijke belastingen (OZB, heffingen)",Municipal taxes and levies,,belastingen,[S38] [S40]
        nl:digikoppeling,Digikoppeling,Digikoppeling government data exchange standard,,ict,[S55]
        nl:govroam,Govroam,Govroam government Wi-Fi roaming,,ict,[S56]
        nl:bio,BIO (Baseline Informatiebeveiliging Overheid),BIO government information security baseline,,ict,[S57]
        nl:ensia,ENSIA (verantwoording informatieveiligheid),ENSIA information security self-evaluation,,ict,U
        nl:omgevingswet,Omgevingswet en DSO,Environment and Planning Act,,ro,[S58] U
        nl:awb,Awb (bezwaar en beroep),General Administrative Law Act,,juridisch,U
        nl:sociaal-domeinwetten,"Sociaal-domeinwetten (Participatiewet, Wmo, Jeugdwet)",Social domain acts,,sociaal,U
        nl:brp,BRP en burgerlijke stand,Personal records database and civil registry,,burgerzaken,U
        nl:wet-veiligheidsregios,Wet veiligheidsregio's en crisisorganisatie,Safety Regions Act,,veiligheid,[S34] [S35] [S36] [S37]
        nl:waterschapstaken,"Waterschapstaken (peilbeheer, keringen, gemalen)",Water board operations,,water,[S43] [S42] U
        nl:pc-cyclus,P&C-cyclus en BBV,Planning and control cycle (BBV),,financien,U
        nl:aanbestedingswet,Aanbestedingswet 2012 en TenderNed,Public Procurement Act 2012,,inkoop,U
        nl:beleidsadvisering,Beleidsadvisering,Policy advice,,management,U
        nl:leidinggeven,Leidinggeven,People management,,management,U
        """#

    static let skillRelations = #"""
        from_skill,to_skill,strength,provenance
        esco:440f64e5-e66c-45ee-bc29-53c14a2ad720,esco:377861af-f966-4c87-a2db-7e99904312b9,0.7,U (koppel team judgement: skills often learned together)
        esco:2dfa5bd5-c87c-461c-bce9-69b2c58732bd,esco:790a335b-2005-4b8a-b6fe-47ff7701ebb7,0.5,U (koppel team judgement: skills often learned together)
        esco:1cca610d-2afc-44a7-97fc-f2262fb5fc75,esco:2b834a98-14ff-47e1-8aef-cf8ffae912fa,0.6,U (koppel team judgement: skills often learned together)
        nl:bag,nl:bgt,0.6,U (koppel team judgement: skills often learned together)
        nl:bag,esco:15e6992d-0b78-4693-a0d0-87d7f30b5fd7,0.4,U (koppel team judgement: skills often learned together)
        nl:bgt,esco:790a335b-2005-4b8a-b6fe-47ff7701ebb7,0.5,U (koppel team judgement: skills often learned together)
        esco:cc7370dd-69fa-4c67-a96f-d4d135d38700,esco:50b100ea-74fd-4706-99db-3e4ca55e51b8,0.6,U (koppel team judgement: skills often learned together)
        esco:9ff9db9d-d14b-426e-83f3-e7449af6c79f,esco:cc7370dd-69fa-4c67-a96f-d4d135d38700,0.5,U (koppel team judgement: skills often learned together)
        nl:woz,esco:b1a1149a-9bc5-468d-9d09-f6d171cfd619,0.8,U (koppel team judgement: skills often learned together)
        esco:b1a1149a-9bc5-468d-9d09-f6d171cfd619,esco:bab46a75-0a6c-44cc-b7e7-28c7c55d801f,0.6,U (koppel team judgement: skills often learned together)
        esco:3dbb132f-fb62-4227-8277-7c89a9fe4749,esco:b1a1149a-9bc5-468d-9d09-f6d171cfd619,0.5,U (koppel team judgement: skills often learned together)
        esco:6f6163dc-a801-416c-86e9-ce857d71c24d,esco:bab46a75-0a6c-44cc-b7e7-28c7c55d801f,0.5,U (koppel team judgement: skills often learned together)
        esco:d669af41-756c-48d9-a286-1443253f54b1,nl:gemeentelijke-belastingen,0.6,U (koppel team judgement: skills often learned together)
        esco:2ecf90f1-c511-464b-b26f-598d69182c70,esco:7c86c1b1-4a06-4804-afbc-7e857145b6a5,0.5,U (koppel team judgement: skills often learned together)
        esco:7c86c1b1-4a06-4804-afbc-7e857145b6a5,esco:2fd26ae6-bd98-46c7-b1ba-8a0b52734fac,0.6,U (koppel team judgement: skills often learned together)
        esco:ea451251-71ab-4f89-8c0d-53344ef7004f,esco:a8585efe-4011-47b2-9aed-cd01bd3652c0,0.5,U (koppel team judgement: skills often learned together)
        esco:6e5b66f0-ff0b-4d18-bce5-ffcd2e7de127,esco:a8585efe-4011-47b2-9aed-cd01bd3652c0,0.6,U (koppel team judgement: skills often learned together)
        nl:awb,esco:8e105acc-e365-481b-bf6b-7e3f8ff19417,0.5,U (koppel team judgement: skills often learned together)
        esco:66aad490-1c20-4e25-b189-634a218ee53e,esco:8e105acc-e365-481b-bf6b-7e3f8ff19417,0.4,U (koppel team judgement: skills often learned together)
        esco:d3e9b00a-0891-4fa8-836d-8240ec3d2758,esco:5d5ba629-0b4c-424f-8803-000c3736f3f7,0.6,U (koppel team judgement: skills often learned together)
        esco:5c606d18-6404-4047-b235-350f18e11827,esco:92721092-fe7c-4689-96bd-4f02385bc0e7,0.4,U (koppel team judgement: skills often learned together)
        esco:3c834f6e-523a-49ee-8ed1-e073e28ae6fe,esco:c606cb12-9c63-4d2d-a58a-934b1dd3a0a8,0.6,U (koppel team judgement: skills often learned together)
        esco:5330b70e-16f5-43a7-a6de-18fd6a4bd063,esco:2691f4d8-d090-423f-afd7-9e721f562e8d,0.6,U (koppel team judgement: skills often learned together)
        esco:7800332c-a8eb-4792-8d72-50d509616154,esco:03589d0d-a6f0-4d68-b5eb-dafbc6833efe,0.5,U (koppel team judgement: skills often learned together)
        esco:4b2c4de9-43d7-4905-9d58-bc2e7d84b2e1,esco:2c4b6914-4b97-4e35-85cb-e6602a8bb04a,0.7,U (koppel team judgement: skills often learned together)
        esco:6789d5a3-34ca-4417-bb93-331319b01da3,esco:8faefbc1-4745-4b3f-9889-81cd1d40b67c,0.5,U (koppel team judgement: skills often learned together)
        esco:9b862976-aa05-4bde-8ed6-8f39790edd0f,nl:aanbestedingswet,0.8,U (koppel team judgement: skills often learned together)
        esco:3bc08c26-2f98-4730-bbb6-ec4a8566e3cf,esco:73225018-7139-433b-bdba-2b90774761d9,0.5,U (koppel team judgement: skills often learned together)
        esco:92721092-fe7c-4689-96bd-4f02385bc0e7,esco:5f2efbdf-08a2-49cd-9c06-bd284e4f0fbf,0.4,U (koppel team judgement: skills often learned together)
        esco:f41d4cd2-58ed-4ad6-b9c1-a5175c88d392,esco:50f5e41d-7ce3-481b-aed7-ee9484545bc4,0.7,U (koppel team judgement: skills often learned together)
        esco:746d4d58-7e6b-417c-a0b3-3f0c44564a2e,esco:50f5e41d-7ce3-481b-aed7-ee9484545bc4,0.6,U (koppel team judgement: skills often learned together)
        esco:99571e68-801f-49af-a897-5f75996642e1,esco:d37bc902-f640-48d7-9db4-544db9aa65fa,0.6,U (koppel team judgement: skills often learned together)
        esco:60f51172-37c0-4933-a27a-cbf55dcd7580,esco:2ada2f9d-77f7-4ba0-9096-89ae285a65c5,0.5,U (koppel team judgement: skills often learned together)
        esco:387ee646-0aaa-4161-ab3b-cde87ec09fdf,nl:pc-cyclus,0.7,U (koppel team judgement: skills often learned together)
        esco:74688c5d-2af1-4f7a-9d1c-00e808eaa1e6,esco:21c5790c-0930-4d74-b3b0-84caf5af12ea,0.5,U (koppel team judgement: skills often learned together)
        esco:8804d963-5a31-4609-b5df-f741b7199fb7,esco:6eff134b-e34f-4d6e-a6e8-5e47cf2228d0,0.4,U (koppel team judgement: skills often learned together)
        esco:52e53619-fa77-4f72-b237-5e4aae784dc2,esco:99571e68-801f-49af-a897-5f75996642e1,0.5,U (koppel team judgement: skills often learned together)
        esco:8088750d-8388-4170-a76f-48354c469c44,esco:3ff589b7-68df-4ea5-ae41-b395bdb2378f,0.5,U (koppel team judgement: skills often learned together)
        esco:3ff589b7-68df-4ea5-ae41-b395bdb2378f,nl:bio,0.8,U (koppel team judgement: skills often learned together)
        esco:11eebd42-44ab-401d-8a2c-bdb9fc9beb50,esco:06358891-8424-43c5-891e-d40f226bef40,0.5,U (koppel team judgement: skills often learned together)
        esco:14d1e367-3efe-4ec5-86ae-eca48710ee4e,nl:ensia,0.5,U (koppel team judgement: skills often learned together)
        esco:f84a433f-34f1-4083-b0a3-24802623509c,nl:digikoppeling,0.6,U (koppel team judgement: skills often learned together)
        esco:6fa1c2c0-a012-4ca0-9642-e01569ba322c,esco:f84a433f-34f1-4083-b0a3-24802623509c,0.5,U (koppel team judgement: skills often learned together)
        esco:fbbcb9ab-4b95-4e57-a756-30d08b7da7a5,esco:ab49f767-296b-47d5-af56-0b4a69515b03,0.3,U (koppel team judgement: skills often learned together)
        esco:ba9260ba-1c8d-495e-94f1-f7cab7e73cea,nl:sociaal-domeinwetten,0.7,U (koppel team judgement: skills often learned together)
        esco:f28c3e9b-8666-48d4-a5e4-542ac193879b,esco:ba9260ba-1c8d-495e-94f1-f7cab7e73cea,0.5,U (koppel team judgement: skills often learned together)
        esco:8d927aab-9202-4c02-9f39-5d478458f25c,esco:4f4afd0b-07e5-48fd-a7d4-0e8746c608df,0.6,U (koppel team judgement: skills often learned together)
        esco:d22ed03b-5385-4c53-b399-17bfec2b61f5,esco:09d6ed43-95a1-4492-8bd7-d01039285afa,0.5,U (koppel team judgement: skills often learned together)
        esco:39dd50ae-814c-4a15-99e9-39afcc36bf9f,nl:sociaal-domeinwetten,0.6,U (koppel team judgement: skills often learned together)
        esco:f2d63656-169c-4110-99fe-33914f902466,esco:09d6ed43-95a1-4492-8bd7-d01039285afa,0.4,U (koppel team judgement: skills often learned together)
        esco:6d2872f7-219c-43b0-a2cc-99f411121c03,esco:54f7875e-ca4c-4ff7-992d-10ce9ef8abfe,0.7,U (koppel team judgement: skills often learned together)
        esco:a1efea8f-62a8-4f9e-bd07-7d0c193f725e,esco:6d2872f7-219c-43b0-a2cc-99f411121c03,0.5,U (koppel team judgement: skills often learned together)
        esco:29bd4e41-98f7-4525-8b6a-4687b5c9bece,esco:7e44b647-e1ca-402e-a990-c75362e45ebc,0.8,U (koppel team judgement: skills often learned together)
        nl:brp,esco:29bd4e41-98f7-4525-8b6a-4687b5c9bece,0.6,U (koppel team judgement: skills often learned together)
        esco:15a33d76-4640-438d-ae64-fdc0c1d3eebc,esco:5a0bffcf-4ff6-49cf-a7db-4142e63f5f04,0.6,U (koppel team judgement: skills often learned together)
        esco:7f18039d-dfae-471b-9daa-507f6b2d2842,esco:27c7910a-c3b5-4d8d-a713-a6c334929a42,0.7,U (koppel team judgement: skills often learned together)
        esco:1f632076-fd9b-4b18-a9a2-b59a59181d3e,nl:omgevingswet,0.8,U (koppel team judgement: skills often learned together)
        esco:76654176-5cc8-4cb3-b307-4ef1b6c2543c,esco:1f632076-fd9b-4b18-a9a2-b59a59181d3e,0.6,U (koppel team judgement: skills often learned together)
        esco:bb5d9cf2-a5d7-481b-9fd6-d56fa3a47ae0,esco:404b3fcd-306a-4d18-b5db-d90c517ff72f,0.6,U (koppel team judgement: skills often learned together)
        esco:615cfc39-797f-4229-8e92-159fcf8f3030,esco:4f9f0410-5db0-4b3b-8de3-1ded1600c719,0.5,U (koppel team judgement: skills often learned together)
        esco:6f5850ea-5785-4e2c-b062-743066fd5bdb,esco:e541c69c-ea80-4b17-87cb-4001d0b9d303,0.5,U (koppel team judgement: skills often learned together)
        esco:4ee4ed1d-dc38-48e0-a9e6-a6b64f316ea6,esco:995f7d9c-45c9-4622-b704-739982ff9070,0.5,U (koppel team judgement: skills often learned together)
        esco:67bdd7f8-761e-4cb5-a561-be8e268a4f0a,esco:b7729524-6d0e-45b6-87c8-79af1e955a5b,0.6,U (koppel team judgement: skills often learned together)
        esco:d589970b-933d-4656-bcb6-a43b3cc67888,esco:1697d506-a82b-45aa-9a2f-2b71d71e1789,0.6,U (koppel team judgement: skills often learned together)
        esco:5206a9b8-8337-4f0b-ae00-163a2f55d8cf,esco:fcc29203-1f8d-4c54-90ee-78cb18467695,0.7,U (koppel team judgement: skills often learned together)
        esco:b970e437-2f8b-42e3-ae49-6718a0cca44f,esco:5206a9b8-8337-4f0b-ae00-163a2f55d8cf,0.4,U (koppel team judgement: skills often learned together)
        nl:waterschapstaken,esco:4ee4ed1d-dc38-48e0-a9e6-a6b64f316ea6,0.5,U (koppel team judgement: skills often learned together)
        esco:301a6581-e983-4bb6-8b31-b3ee2cbc2392,esco:861009ea-4d15-4e80-a8dc-7db41ecaf49b,0.4,U (koppel team judgement: skills often learned together)
        esco:61268e22-9367-4c3b-91d9-b651e4c142e2,esco:6074be26-466d-4df7-b845-4c44157a2529,0.7,U (koppel team judgement: skills often learned together)
        esco:f780a6ad-b01e-4c35-9746-af8fc0c5ad06,esco:445b65c5-5b16-4f66-94ce-f2a7f49f9ee7,0.6,U (koppel team judgement: skills often learned together)
        esco:445b65c5-5b16-4f66-94ce-f2a7f49f9ee7,esco:c1b0bfc2-4932-4e03-9077-92bc56042511,0.6,U (koppel team judgement: skills often learned together)
        esco:1dd23dba-dd00-45ab-abf4-642902538317,esco:f780a6ad-b01e-4c35-9746-af8fc0c5ad06,0.4,U (koppel team judgement: skills often learned together)
        esco:ddb65832-91a7-4157-9488-719a0e2ad87b,esco:f780a6ad-b01e-4c35-9746-af8fc0c5ad06,0.5,U (koppel team judgement: skills often learned together)
        nl:wet-veiligheidsregios,esco:fa6fdb80-265c-4931-a496-e6dfd0b816bc,0.4,U (koppel team judgement: skills often learned together)
        nl:beleidsadvisering,esco:6e5b66f0-ff0b-4d18-bce5-ffcd2e7de127,0.3,U (koppel team judgement: skills often learned together)
        nl:leidinggeven,esco:991efbde-9d52-40f7-8d4a-dc40d13913a7,0.6,U (koppel team judgement: skills often learned together)
        """#

    static let jobTitles = #"""
        title,domain,scale_min,scale_max,nlqf,provenance
        Medewerker BAG/BGT,geo,7,8,4,"U (reference_data.md 3.1, indicative scale)"
        GEO-specialist / GIS-specialist,geo,9,10,6,"U (reference_data.md 3.1, indicative scale)"
        Coördinator basisregistraties,geo,10,11,6,"U (reference_data.md 3.1, indicative scale)"
        WOZ-taxateur,geo,8,10,5,"U (reference_data.md 3.1, indicative scale)"
        Juridisch medewerker,juridisch,8,9,5,"U (reference_data.md 3.1, indicative scale)"
        Juridisch adviseur / jurist bezwaar en beroep,juridisch,10,11,6,"U (reference_data.md 3.1, indicative scale)"
        Senior juridisch adviseur,juridisch,11,12,6,"U (reference_data.md 3.1, indicative scale)"
        Communicatiemedewerker,communicatie,8,9,5,"U (reference_data.md 3.1, indicative scale)"
        Communicatieadviseur,communicatie,10,11,6,"U (reference_data.md 3.1, indicative scale)"
        Senior/strategisch communicatieadviseur,communicatie,11,12,6,"U (reference_data.md 3.1, indicative scale)"
        Inkoopondersteuner,inkoop,7,8,4,"U (reference_data.md 3.1, indicative scale)"
        Inkoopadviseur / inkoper,inkoop,10,11,6,"U (reference_data.md 3.1, indicative scale)"
        Contractmanager,inkoop,10,11,6,"U (reference_data.md 3.1, indicative scale)"
        Medewerker facilitaire zaken / bode,facilitair,4,6,3,"U (reference_data.md 3.1, indicative scale)"
        Coördinator facilitair,facilitair,8,9,5,"U (reference_data.md 3.1, indicative scale)"
        Adviseur huisvesting,facilitair,10,11,6,"U (reference_data.md 3.1, indicative scale)"
        Medewerker financiële administratie,financien,7,8,4,"U (reference_data.md 3.1, indicative scale)"
        Financieel adviseur,financien,10,11,6,"U (reference_data.md 3.1, indicative scale)"
        Business controller,financien,11,11,6,"U (reference_data.md 3.1, indicative scale)"
        Concerncontroller,financien,12,13,7,"U (reference_data.md 3.1, indicative scale)"
        Applicatie-/functioneel beheerder,ict,8,9,5,"U (reference_data.md 3.1, indicative scale)"
        Netwerk-/systeembeheerder,ict,8,9,5,"U (reference_data.md 3.1, indicative scale)"
        Informatieadviseur,ict,10,11,6,"U (reference_data.md 3.1, indicative scale)"
        CISO / Security officer,ict,11,12,6,"U (reference_data.md 3.1, indicative scale)"
        Privacy officer / FG,ict,11,11,6,"U (reference_data.md 3.1, indicative scale)"
        Klantmanager Participatiewet / consulent werk en inkomen,sociaal,8,9,5,"U (reference_data.md 3.1, indicative scale)"
        Wmo-consulent,sociaal,9,9,6,"U (reference_data.md 3.1, indicative scale)"
        Jeugdconsulent,sociaal,9,10,6,"U (reference_data.md 3.1, indicative scale)"
        Beleidsadviseur sociaal domein,sociaal,10,11,6,"U (reference_data.md 3.1, indicative scale)"
        Medewerker KCC / publieksdienstverlening,burgerzaken,5,7,3,"U (reference_data.md 3.1, indicative scale)"
        Medewerker burgerzaken,burgerzaken,6,8,4,"U (reference_data.md 3.1, indicative scale)"
        Specialist burgerzaken / BRP,burgerzaken,8,9,5,"U (reference_data.md 3.1, indicative scale)"
        Vergunningverlener,ro,8,10,5,"U (reference_data.md 3.1, indicative scale)"
        Toezichthouder bouw / BOA,ro,8,9,5,"U (reference_data.md 3.1, indicative scale)"
        Planjurist,ro,10,11,6,"U (reference_data.md 3.1, indicative scale)"
        Ruimtelijk adviseur / planoloog,ro,10,11,6,"U (reference_data.md 3.1, indicative scale)"
        Medewerker heffen/invorderen,belastingen,6,8,4,"U (reference_data.md 3.1, indicative scale)"
        Medewerker klantcontact belastingen,belastingen,6,7,4,"U (reference_data.md 3.1, indicative scale)"
        WOZ-taxateur,belastingen,8,10,5,"U (reference_data.md 3.1, indicative scale)"
        Senior taxateur,belastingen,10,11,6,"U (reference_data.md 3.1, indicative scale)"
        Medewerker watersysteem / peilbeheerder,water,,,,"U (reference_data.md 3.1, own scales: no Cao Gemeenten scale)"
        Procestechnoloog rwzi,water,,,,"U (reference_data.md 3.1, own scales: no Cao Gemeenten scale)"
        Hydroloog,water,,,,"U (reference_data.md 3.1, own scales: no Cao Gemeenten scale)"
        Vergunningverlener/handhaver water,water,,,,"U (reference_data.md 3.1, own scales: no Cao Gemeenten scale)"
        Brandwacht/brandweerman,veiligheid,,,,"U (reference_data.md 3.1, own scales: no Cao Gemeenten scale)"
        Bevelvoerder,veiligheid,,,,"U (reference_data.md 3.1, own scales: no Cao Gemeenten scale)"
        Adviseur risicobeheersing,veiligheid,,,,"U (reference_data.md 3.1, own scales: no Cao Gemeenten scale)"
        Adviseur crisisbeheersing / bevolkingszorg,veiligheid,,,,"U (reference_data.md 3.1, own scales: no Cao Gemeenten scale)"
        Beleidsmedewerker,management,9,10,6,"U (reference_data.md 3.1, indicative scale)"
        Beleidsadviseur,management,10,11,6,"U (reference_data.md 3.1, indicative scale)"
        Senior beleidsadviseur,management,11,12,6,"U (reference_data.md 3.1, indicative scale)"
        Teamleider,management,10,12,6,"U (reference_data.md 3.1, indicative scale)"
        Afdelingsmanager,management,12,14,7,"U (reference_data.md 3.1, indicative scale)"
        Gemeentesecretaris / algemeen directeur,management,14,18,7,"U (reference_data.md 3.1, indicative scale)"
        """#

    static let credentials = #"""
        id,name,validity_years,domain,provenance
        boa-domein-1,BOA-bevoegdheid domein I (openbare ruimte),5,ro,U (BOA registration is renewed every five years)
        boa-domein-2,BOA-bevoegdheid domein II (milieu en welzijn),5,ro,U
        bhv,BHV-certificaat (bedrijfshulpverlening),1,facilitair,U (yearly refresher is common practice)
        vca,VCA-basisveiligheid,10,water,U
        taxateur-wonen,Register WOZ-taxateur (SVT/VRT),3,belastingen,U
        rijbewijs-b,Rijbewijs B,10,,U
        rijbewijs-c,Rijbewijs C,5,veiligheid,U
        manschap-a,Brandweer Manschap A,,veiligheid,U
        bevelvoerder,Brandweer Bevelvoerder,,veiligheid,U
        cisa,CISA (information systems auditor),3,ict,U
        cipp-e,CIPP/E (privacy professional),2,ict,U
        nevi,NEVI-inkoopdiploma,,inkoop,U
        register-controller,RC (register controller),,financien,U
        babs,Buitengewoon ambtenaar burgerlijke stand (BABS),5,burgerzaken,U
        """#
}
