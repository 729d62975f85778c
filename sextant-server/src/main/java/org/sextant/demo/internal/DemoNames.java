package org.sextant.demo.internal;

import java.util.List;
import java.util.Random;

/** Word lists the demo organisation is made of. */
final class DemoNames {

    static final List<String> FIRST = List.of("Anna", "Bram", "Chloé", "Daan", "Eva", "Finn", "Greta", "Hugo", "Isla",
            "Jonas", "Katrin", "Lars", "Mila", "Noah", "Olga", "Pieter", "Quinn", "Rosa", "Sven", "Tara", "Umar", "Vera",
            "Willem", "Xenia", "Yusuf", "Zoë", "Amir", "Brigitte", "Carlos", "Dewi", "Elif", "Femke", "Gijs", "Hana",
            "Ivo", "Julia", "Koen", "Lotte", "Marek", "Nina", "Omar", "Priya", "Ruben", "Sanne", "Timo", "Ursula");
    static final List<String> LAST = List.of("de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder",
            "de Boer", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra",
            "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs", "Schouten", "van Dijk", "Willems", "Hoekstra",
            "Maas", "Verhoeven", "Koster", "Prins");

    /** Department code, name, and the skills its people have. */
    record Dept(String code, String name, List<String> skills, List<String> titles) {
    }

    static final List<Dept> DEPARTMENTS = List.of(
            new Dept("ENG", "Software Engineering", List.of("Java", "TypeScript", "Software architecture", "Testing"),
                    List.of("Software engineer", "Senior software engineer", "Test engineer", "Architect")),
            new Dept("OPS", "IT Infrastructure & Operations", List.of("Cloud infrastructure", "Networking", "Security",
                    "Database administration"), List.of("Cloud engineer", "Network engineer", "Security officer", "DBA")),
            new Dept("BIZ", "Business Analysis & Change", List.of("Business analysis", "Process design",
                    "Change management", "Training"), List.of("Business analyst", "Process designer", "Change manager")),
            new Dept("FIN", "Finance & Control", List.of("Financial control", "Procurement", "Reporting"),
                    List.of("Controller", "Buyer", "Financial analyst")),
            new Dept("MKT", "Marketing & Customer Experience", List.of("UX design", "Content", "Campaigns", "Data analytics"),
                    List.of("UX designer", "Content strategist", "Marketeer", "Data analyst")));

    /** Phase names of a project's WBS with the task names of each phase. */
    static final List<List<String>> PHASES = List.of(
            List.of("Initiation", "Stakeholder interviews", "Business case", "Project charter", "Risk assessment"),
            List.of("Analysis", "Current-state analysis", "Requirements workshops", "Requirements specification",
                    "Solution options", "Vendor assessment"),
            List.of("Design", "Solution architecture", "Data model", "Interface design", "UX prototypes",
                    "Security design", "Design review"),
            List.of("Build", "Environment set-up", "Core functionality", "Integrations", "Data migration scripts",
                    "Reporting", "Unit and integration tests"),
            List.of("Test", "Test plan", "System test", "Performance test", "User acceptance test", "Defect fixing"),
            List.of("Deployment", "Training material", "End-user training", "Cut-over plan", "Go-live",
                    "Hypercare"),
            List.of("Closure", "Handover to operations", "Lessons learned", "Final report"));

    static final List<String> SUBJECTS = List.of("ERP", "CRM", "Data Platform", "Customer Portal", "Mobile App",
            "Payroll", "Warehouse Automation", "E-invoicing", "Identity & Access", "Cloud Migration", "Data Centre Exit",
            "Network Refresh", "Service Desk", "Document Management", "Analytics", "Pricing Engine", "Loyalty Programme",
            "Website Relaunch", "Supplier Portal", "Planning Tool", "Contract Management", "Field Service",
            "Quality Management", "HR Self-Service", "Treasury", "Chatbot", "Fleet Telematics", "Energy Monitoring");
    static final List<String> ACTIONS = List.of("Replacement", "Implementation", "Upgrade", "Roll-out", "Modernisation",
            "Consolidation", "Pilot");
    static final List<String> CLIENTS = List.of("Finance division", "Sales & Marketing", "Operations", "Human Resources",
            "Customer Service", "Logistics", "Procurement", "Board of Directors");
    static final List<String> STAKEHOLDER_ROLES = List.of("Business owner", "Key user", "Works council", "Supplier",
            "Internal audit", "Security officer", "Operations lead", "Finance partner");

    private DemoNames() {
    }

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
